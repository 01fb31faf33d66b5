package org.gazetteer.alliance.resource;

import org.gazetteer.common.text.Labeled;

/** What a member shares. */
public enum ResourceKind implements Labeled {
  DIGITAL_COLLECTION("数字馆藏", "Digital collection"),
  EXHIBIT_FOR_LOAN("可借展品", "Exhibit for loan"),
  TRAVELLING_EXHIBITION("巡回展览", "Travelling exhibition"),
  EXPERT("专家", "Expert"),
  VENUE("场地", "Venue"),
  PUBLICATION("出版物", "Publication");

  private final String zh;
  private final String en;

  ResourceKind(String zh, String en) {
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
