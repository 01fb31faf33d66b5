package org.gazetteer.gateway.pages;

import io.vertx.core.buffer.Buffer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/** A file of the gateway's pages, read from the class path once, with its type and entity tag. */
record StaticFile(String name, Buffer content, String contentType, String etag) {

  private static final Map<String, String> TYPES =
      Map.of(
          "html", "text/html; charset=UTF-8",
          "js", "text/javascript; charset=UTF-8",
          "css", "text/css; charset=UTF-8",
          "png", "image/png",
          "svg", "image/svg+xml");

  /**
   * @throws IllegalStateException when the resource is not on the class path, so that a missing
   *     file stops the start rather than a page
   */
  static StaticFile load(String resource) {
    String extension = resource.substring(resource.lastIndexOf('.') + 1);
    String type = TYPES.get(extension);
    if (type == null) {
      throw new IllegalStateException("No content type for " + resource);
    }
    try (InputStream in =
        Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Missing on the class path: " + resource);
      }
      byte[] bytes = in.readAllBytes();
      return new StaticFile(resource, Buffer.buffer(bytes), type, etag(bytes));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A file made at start, e.g. a rendered page or the pages' settings. */
  static StaticFile of(String name, byte[] bytes, String contentType) {
    return new StaticFile(name, Buffer.buffer(bytes), contentType, etag(bytes));
  }

  /** The text of the resource, e.g. a properties file read at start. */
  static String text(String resource) {
    try (InputStream in =
        Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Missing on the class path: " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String etag(byte[] bytes) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
      return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
