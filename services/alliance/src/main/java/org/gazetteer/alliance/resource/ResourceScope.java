package org.gazetteer.alliance.resource;

import org.gazetteer.common.text.Labeled;

/** Who sees a shared resource: everyone, the alliance's approved members, or its owner. */
public enum ResourceScope implements Labeled {
  PUBLIC("公开", "Public"),
  ALLIANCE("联盟内", "Alliance members"),
  PRIVATE("仅本机构", "Owner only");

  private final String zh;
  private final String en;

  ResourceScope(String zh, String en) {
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
