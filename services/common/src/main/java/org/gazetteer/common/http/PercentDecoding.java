package org.gazetteer.common.http;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict percent-decoding (RFC 3986 §2.1) of a raw path or query component into UTF-8 text. Unlike
 * {@link java.net.URLDecoder} it refuses what a lenient decoder would guess at: a {@code %} not
 * followed by two hex digits, and bytes that are not well-formed UTF-8 (overlong forms, encoded
 * surrogates, stray continuation bytes).
 */
public final class PercentDecoding {

  static final String MALFORMED = "has a malformed percent-encoding";
  static final String NOT_UTF8 = "is not valid UTF-8 once percent-decoded";

  private PercentDecoding() {}

  /**
   * The text {@code raw} encodes; {@code +} is a space when {@code plusIsSpace} (query strings).
   *
   * @throws IllegalArgumentException with {@link #MALFORMED} or {@link #NOT_UTF8} as message
   */
  public static String decode(String raw, boolean plusIsSpace) {
    if (raw.indexOf('%') < 0 && !(plusIsSpace && raw.indexOf('+') >= 0)) {
      return raw;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '%') {
        int high = i + 1 < raw.length() ? hex(raw.charAt(i + 1)) : -1;
        int low = i + 2 < raw.length() ? hex(raw.charAt(i + 2)) : -1;
        if (high < 0 || low < 0) {
          throw new IllegalArgumentException(MALFORMED);
        }
        bytes.write(high << 4 | low);
        i += 2;
      } else if (c == '+' && plusIsSpace) {
        bytes.write(' ');
      } else if (c < 0x80) {
        bytes.write(c);
      } else {
        bytes.writeBytes(Character.toString(c).getBytes(StandardCharsets.UTF_8));
      }
    }
    return utf8(bytes.toByteArray());
  }

  private static String utf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException(NOT_UTF8);
    }
  }

  /** The value of an ASCII hex digit, or -1 ({@link Character#digit} would take other digits). */
  private static int hex(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
      return c - 'A' + 10;
    }
    return -1;
  }
}
