package org.gazetteer.alliance.member;

import org.gazetteer.common.text.Labeled;

/** Kinds of member institution of the alliance, with their labels. */
public enum MemberType implements Labeled {
  MUSEUM("方志馆", "Gazetteer museum"),
  UNIVERSITY_BRANCH("高校分馆", "University branch"),
  LIBRARY("图书馆", "Library"),
  ARCHIVE("档案馆", "Archive"),
  OTHER("其他", "Other");

  private final String zh;
  private final String en;

  MemberType(String zh, String en) {
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
