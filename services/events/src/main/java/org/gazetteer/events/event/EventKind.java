package org.gazetteer.events.event;

import org.gazetteer.common.text.Labeled;

/** Kinds of outreach event (docs/architecture.md), with their labels. */
public enum EventKind implements Labeled {
  LECTURE("讲座", "Lecture"),
  EXHIBITION_TOUR("展览导览", "Exhibition tour"),
  WORKSHOP("工作坊", "Workshop"),
  READING("读书会", "Reading"),
  CAMPUS_PROGRAM("方志文化进校园", "Campus programme"),
  SHORT_VIDEO_CAMPAIGN("短视频活动", "Short-video campaign"),
  OTHER("其他", "Other");

  private final String zh;
  private final String en;

  EventKind(String zh, String en) {
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
