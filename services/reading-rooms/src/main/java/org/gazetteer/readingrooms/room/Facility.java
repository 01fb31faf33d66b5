package org.gazetteer.readingrooms.room;

import org.gazetteer.common.text.Labeled;

/**
 * What a reading room offers its visitors, with labels (a controlled vocabulary,
 * docs/api-conventions.md).
 */
public enum Facility implements Labeled {
  WIFI("无线网络", "Wi-Fi"),
  POWER_OUTLETS("电源插座", "Power outlets"),
  ACCESSIBLE("无障碍设施", "Step-free access"),
  DIGITAL_TERMINALS("数字阅读终端", "Digital reading terminals"),
  COPYING("复印服务", "Copying"),
  CHILDREN_CORNER("少儿阅读角", "Children's corner"),
  LOCKERS("存包柜", "Lockers"),
  PARKING("停车场", "Parking");

  private final String zh;
  private final String en;

  Facility(String zh, String en) {
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
