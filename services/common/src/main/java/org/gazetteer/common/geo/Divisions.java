package org.gazetteer.common.geo;

/**
 * Administrative division codes (GB/T 2260): two digits of province, two of city/prefecture, two of
 * county. A code covers everything under it.
 */
public final class Divisions {

  /** A 6-digit division code, as bodies and parameters accept it. */
  public static final String CODE = "[1-8][0-9]{5}";

  public static final String CODE_MESSAGE = "must be a 6-digit division code";

  private Divisions() {}

  /** The prefix shared by a division and all divisions under it: 510000 → 51, 510100 → 5101. */
  public static String prefix(String code) {
    if (code.endsWith("0000")) {
      return code.substring(0, 2);
    }
    if (code.endsWith("00")) {
      return code.substring(0, 4);
    }
    return code;
  }
}
