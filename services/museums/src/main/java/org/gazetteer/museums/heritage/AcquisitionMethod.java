package org.gazetteer.museums.heritage;

import org.gazetteer.common.text.Labeled;

/** How the museum acquired the object (来源方式). */
public enum AcquisitionMethod implements Labeled {
  PURCHASE("征集购买", "Purchase"),
  DONATION("接受捐赠", "Donation"),
  EXCHANGE("依法交换", "Exchange"),
  ALLOCATION("拨交", "Allocated by an authority"),
  HANDOVER("移交", "Handed over"),
  OLD_COLLECTION("旧藏", "Old collection"),
  EXCAVATION("发掘", "Excavation"),
  FIELD_COLLECTION("采集", "Field collection"),
  SELECTION("拣选", "Selection"),
  OTHER("其他", "Other");

  private final String zh;
  private final String en;

  AcquisitionMethod(String zh, String en) {
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
