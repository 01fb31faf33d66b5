package org.gazetteer.events.event;

import org.gazetteer.common.text.Labeled;

/** Where an outreach event goes: the "七进" places (docs/api-conventions.md), with their labels. */
public enum EventTarget implements Labeled {
  AGENCY("进机关", "Government agencies"),
  VILLAGE("进农村", "Villages"),
  COMMUNITY("进社区", "Communities"),
  SCHOOL("进学校", "Schools"),
  ENTERPRISE("进企业", "Enterprises"),
  MILITARY_CAMP("进军营", "Military camps"),
  ONLINE("进网络", "Online");

  private final String zh;
  private final String en;

  EventTarget(String zh, String en) {
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
