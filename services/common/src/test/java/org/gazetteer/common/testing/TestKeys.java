package org.gazetteer.common.testing;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

/**
 * One RSA key pair per test JVM. It is kept in system properties because the test resource and the
 * test classes live in different class loaders of the same JVM.
 */
final class TestKeys {

  private static final String PUBLIC = "gazetteer.test.public-key";
  private static final String PRIVATE = "gazetteer.test.private-key";

  private TestKeys() {}

  static synchronized String publicKeyBase64() {
    ensure();
    return System.getProperty(PUBLIC);
  }

  static PrivateKey privateKey() {
    ensure();
    try {
      byte[] der = Base64.getDecoder().decode(System.getProperty(PRIVATE));
      return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static synchronized void ensure() {
    if (System.getProperty(PRIVATE) != null) {
      return;
    }
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      KeyPair pair = generator.generateKeyPair();
      Base64.Encoder base64 = Base64.getEncoder();
      System.setProperty(PUBLIC, base64.encodeToString(pair.getPublic().getEncoded()));
      System.setProperty(PRIVATE, base64.encodeToString(pair.getPrivate().getEncoded()));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
