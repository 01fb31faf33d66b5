package org.gazetteer.museums.heritage;

/**
 * The registration number of the first national census of movable heritage (普查登记号): 21 digits, the
 * first six the GB/T 2260 code of the holding unit's division.
 */
public final class CensusNumbers {

  public static final String PATTERN = "[1-8][0-9]{20}";
  public static final String MESSAGE = "must be 21 digits starting with a division code";

  private CensusNumbers() {}
}
