package org.gazetteer.alliance.resource;

import org.gazetteer.common.text.Labeled;

/** How a resource is had: lent as things, sent as files, or given as a service. */
public enum Delivery implements Labeled {
  PHYSICAL("实物", "Physical"),
  DIGITAL("数字", "Digital"),
  SERVICE("服务", "Service");

  private final String zh;
  private final String en;

  Delivery(String zh, String en) {
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
