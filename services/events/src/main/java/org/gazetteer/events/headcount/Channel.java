package org.gazetteer.events.headcount;

import org.gazetteer.common.text.Labeled;

/** Where people were counted; {@code ONLINE} counts peak concurrent viewers. */
public enum Channel implements Labeled {
  ON_SITE("现场", "On site"),
  OFF_SITE("场外", "Off site"),
  ONLINE("线上（同时在线峰值）", "Online (peak concurrent viewers)");

  private final String zh;
  private final String en;

  Channel(String zh, String en) {
    this.zh = zh;
    this.en = en;
  }

  @Override
  public String zh() {
    return zh;
  }

  @Override
  public String en() {
    return en;
  }
}
