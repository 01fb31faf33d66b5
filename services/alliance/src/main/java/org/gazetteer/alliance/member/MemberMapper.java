package org.gazetteer.alliance.member;

import org.gazetteer.common.text.LocalizedText;

/** Maps members from the entity to the API records, field by field. */
final class MemberMapper {

  private MemberMapper() {}

  static MemberResponse toResponse(Member m) {
    return new MemberResponse(
        m.code,
        new LocalizedText(m.nameZh, m.nameEn),
        m.type,
        m.division,
        m.status,
        m.demo,
        m.version,
        m.updatedAt);
  }
}
