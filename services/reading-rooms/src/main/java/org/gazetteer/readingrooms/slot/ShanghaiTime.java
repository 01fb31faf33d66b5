package org.gazetteer.readingrooms.slot;

import java.time.LocalTime;
import java.time.ZoneId;

/** Opening hours, closures and slots are local time in Asia/Shanghai (docs/api-conventions.md). */
public final class ShanghaiTime {

  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private ShanghaiTime() {}

  /** {@code HH:mm} of a local time, the form opening hours are written in. */
  public static String hhmm(LocalTime time) {
    return String.format("%02d:%02d", time.getHour(), time.getMinute());
  }
}
