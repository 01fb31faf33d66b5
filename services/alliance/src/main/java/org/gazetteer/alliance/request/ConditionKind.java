package org.gazetteer.alliance.request;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an owner may ask of a borrower before it lends (the loan conditions of the field). */
@Schema(
    description =
        "SUPERVISED_USE 仅限阅览室内监督使用, NO_REPRODUCTION 不得复制, INSURANCE 投保 (the note gives"
            + " the value), COURIER 随展押运, CITATION 注明出处 (the borrower reports the citation"
            + " before the loan is closed), OTHER 其他 (the note says what)")
public enum ConditionKind {
  SUPERVISED_USE,
  NO_REPRODUCTION,
  INSURANCE,
  COURIER,
  CITATION,
  OTHER
}
