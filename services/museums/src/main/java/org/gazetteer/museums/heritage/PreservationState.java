package org.gazetteer.museums.heritage;

import org.gazetteer.common.text.Labeled;

/** Preservation state (保存状态): whether the object needs conservation. */
public enum PreservationState implements Labeled {
  STABLE("状态稳定，不需修复", "Stable, no repair needed"),
  NEEDS_REPAIR("部分损腐，需要修复", "Partly deteriorated, needs repair"),
  URGENT_REPAIR("腐蚀损毁严重，急需修复", "Severely deteriorated, urgent repair"),
  REPAIRED("已修复", "Repaired");

  private final String zh;
  private final String en;

  PreservationState(String zh, String en) {
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
