package org.gazetteer.common.time;

import java.time.DayOfWeek;

/**
 * Days of the week as the API writes them in opening hours (docs/api-conventions.md: "TUE", "WED",
 * …).
 */
public enum Weekday {
  MON(DayOfWeek.MONDAY),
  TUE(DayOfWeek.TUESDAY),
  WED(DayOfWeek.WEDNESDAY),
  THU(DayOfWeek.THURSDAY),
  FRI(DayOfWeek.FRIDAY),
  SAT(DayOfWeek.SATURDAY),
  SUN(DayOfWeek.SUNDAY);

  private final DayOfWeek day;

  Weekday(DayOfWeek day) {
    this.day = day;
  }

  public DayOfWeek toDayOfWeek() {
    return day;
  }

  public static Weekday of(DayOfWeek day) {
    return values()[day.ordinal()];
  }
}
