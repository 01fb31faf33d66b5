package org.gazetteer.common.security;

import java.security.SecureRandom;

/**
 * Check-in codes that people show at the door: characters from 32 letters and digits without
 * look-alikes (no 0/O, 1/I), drawn at random so that a code cannot be guessed from another. Six
 * characters (about a billion values) suffice where the code is checked together with the record's
 * id (reservations); eight where staff look a code up among a session's registrations.
 */
public final class CheckInCodes {

  private static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
  private static final SecureRandom RANDOM = new SecureRandom();

  private CheckInCodes() {}

  /** A new random code of {@code length} characters. */
  public static String next(int length) {
    char[] code = new char[length];
    for (int i = 0; i < code.length; i++) {
      code[i] = ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length()));
    }
    return new String(code);
  }
}
