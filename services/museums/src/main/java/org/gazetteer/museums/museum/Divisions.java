package org.gazetteer.museums.museum;

/**
 * Administrative division codes (GB/T 2260): two digits of province, two of city/prefecture, two of
 * county. A code covers everything under it.
 */
public final class Divisions {

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
