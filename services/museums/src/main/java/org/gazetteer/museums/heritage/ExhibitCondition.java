package org.gazetteer.museums.heritage;

import org.gazetteer.common.text.Labeled;

/** How complete an object is (完残程度), as the census records it. */
public enum ExhibitCondition implements Labeled {
  COMPLETE("完整", "Complete"),
  BASICALLY_COMPLETE("基本完整", "Basically complete"),
  INCOMPLETE("残缺", "Incomplete"),
  SEVERELY_INCOMPLETE("严重残缺（含缺失部件）", "Severely incomplete (parts missing)");

  private final String zh;
  private final String en;

  ExhibitCondition(String zh, String en) {
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
