package org.gazetteer.alliance.request;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gazetteer.common.text.Labeled;

/** What an owner may ask of a borrower before it lends (the loan conditions of the field). */
@Schema(
    description =
        "SUPERVISED_USE 仅限阅览室内监督使用, NO_REPRODUCTION 不得复制, INSURANCE 投保 (the note gives"
            + " the value), COURIER 随展押运, CITATION 注明出处 (the borrower reports the citation"
            + " before the loan is closed), OTHER 其他 (the note says what)")
public enum ConditionKind implements Labeled {
  SUPERVISED_USE("仅限阅览室内监督使用", "Supervised use in a reading room only"),
  NO_REPRODUCTION("不得复制", "No reproduction"),
  INSURANCE("投保", "Insurance"),
  COURIER("随展押运", "Courier"),
  CITATION("注明出处", "Citation"),
  OTHER("其他", "Other");

  private final String zh;
  private final String en;

  ConditionKind(String zh, String en) {
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
