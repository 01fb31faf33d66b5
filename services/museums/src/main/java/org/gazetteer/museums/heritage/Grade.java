package org.gazetteer.museums.heritage;

import org.gazetteer.common.text.Labeled;

/** Heritage grade (文物级别) under the Cultural Relics Protection Law. */
public enum Grade implements Labeled {
  GRADE_1("一级文物", "Grade 1 (most precious)"),
  GRADE_2("二级文物", "Grade 2"),
  GRADE_3("三级文物", "Grade 3"),
  GENERAL("一般文物", "General"),
  UNGRADED("未定级", "Not yet graded");

  private final String zh;
  private final String en;

  Grade(String zh, String en) {
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
