package org.gazetteer.events.headcount;

import org.gazetteer.common.text.Labeled;

/** Who was counted at outreach without tickets. */
public enum Audience implements Labeled {
  STUDENTS("学生", "Students"),
  TEACHERS("教师", "Teachers"),
  RESIDENTS("社区居民", "Residents"),
  VILLAGERS("村民", "Villagers"),
  SOLDIERS("官兵", "Soldiers"),
  STAFF("机关企业职工", "Staff"),
  GENERAL_PUBLIC("社会公众", "General public");

  private final String zh;
  private final String en;

  Audience(String zh, String en) {
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
