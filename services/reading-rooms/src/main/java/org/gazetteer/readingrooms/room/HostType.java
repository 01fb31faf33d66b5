package org.gazetteer.readingrooms.room;

import org.gazetteer.common.text.Labeled;

/**
 * Where a reading room is hosted: the "七进" places of outreach, plus libraries and museums
 * (docs/api-conventions.md), with their labels.
 */
public enum HostType implements Labeled {
  AGENCY("机关", "Government agency"),
  VILLAGE("农村", "Village"),
  COMMUNITY("社区", "Community"),
  SCHOOL("学校", "School"),
  ENTERPRISE("企业", "Enterprise"),
  MILITARY_CAMP("军营", "Military camp"),
  LIBRARY("图书馆", "Library"),
  MUSEUM("博物馆", "Museum");

  private final String zh;
  private final String en;

  HostType(String zh, String en) {
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
