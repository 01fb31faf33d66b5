package org.gazetteer.common.vocabulary;

import org.gazetteer.common.text.Labeled;

/**
 * The kinds of gazetteer work, one vocabulary for the whole network: exhibits, holdings, shared
 * resources.
 */
public enum WorkType implements Labeled {
  GAZETTEER("志书", "Gazetteer"),
  YEARBOOK("年鉴", "Yearbook"),
  ILLUSTRATED_GAZETTEER("图志", "Illustrated gazetteer"),
  MAP("舆图", "Historical map"),
  ARCHIVE("档案", "Archive"),
  JOURNAL("期刊", "Journal"),
  OTHER("其他", "Other");

  private final String zh;
  private final String en;

  WorkType(String zh, String en) {
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
