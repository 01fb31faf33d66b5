package org.gazetteer.museums.museum;

import org.gazetteer.common.text.Labeled;

/** Kinds of museum in the network (docs/api-conventions.md), with their labels. */
public enum MuseumKind implements Labeled {
  PROVINCIAL("省级方志馆", "Provincial museum"),
  CITY("市级方志馆", "City museum"),
  COUNTY("县级方志馆", "County museum"),
  UNIVERSITY_BRANCH("高校分馆", "University branch"),
  THEMED("专题馆", "Themed museum");

  private final String zh;
  private final String en;

  MuseumKind(String zh, String en) {
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
