package org.gazetteer.common.text;

/**
 * What text the network stores: no control characters other than tab and line breaks (a NUL cannot
 * even be stored in PostgreSQL) and no broken surrogate pairs, which would not survive UTF-8.
 * Emoji, rare CJK characters and any script are fine.
 */
public final class SafeText {

  private SafeText() {}

  /** Why {@code text} is not acceptable, or null when it is. */
  public static String problem(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f) {
        return "must not contain control characters (U+" + String.format("%04X", (int) c) + ")";
      }
      boolean brokenHigh =
          Character.isHighSurrogate(c)
              && (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1)));
      boolean brokenLow =
          Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
      if (brokenHigh || brokenLow) {
        return "must not contain a broken surrogate pair";
      }
    }
    return null;
  }
}
