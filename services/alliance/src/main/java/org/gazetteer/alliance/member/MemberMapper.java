package org.gazetteer.alliance.member;

import java.util.LinkedHashMap;
import java.util.Map;
import org.gazetteer.common.text.Contact;
import org.gazetteer.common.text.LocalizedText;

/** Maps members between the entity and the API records, field by field. */
final class MemberMapper {

  private MemberMapper() {}

  /** The response; the statement and reason only for callers who read the member's internals. */
  static MemberResponse toResponse(Member m, boolean internal) {
    boolean contact = m.contactPhone != null || m.contactEmail != null || m.contactWebsite != null;
    return new MemberResponse(
        m.code,
        new LocalizedText(m.nameZh, m.nameEn),
        m.type,
        m.division,
        contact ? new Contact(m.contactPhone, m.contactWebsite, m.contactEmail) : null,
        m.status,
        internal ? m.statement : null,
        internal ? m.reason : null,
        m.appliedAt,
        m.decidedAt,
        m.demo,
        m.version,
        m.updatedAt);
  }

  static void apply(MemberApplication a, Member m) {
    m.nameZh = a.name().zh();
    m.nameEn = a.name().en() == null || a.name().en().isBlank() ? null : a.name().en();
    m.type = a.type();
    m.division = a.division();
    m.contactPhone = a.contact() == null ? null : a.contact().phone();
    m.contactEmail = a.contact() == null ? null : a.contact().email();
    m.contactWebsite = a.contact() == null ? null : a.contact().website();
    m.statement = a.statement();
  }

  /** The audited fields of a membership as a flat map. */
  static Map<String, Object> snapshot(Member m) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("name.zh", m.nameZh);
    s.put("name.en", m.nameEn);
    s.put("type", m.type == null ? null : m.type.name());
    s.put("division", m.division);
    s.put("contact.phone", m.contactPhone);
    s.put("contact.email", m.contactEmail);
    s.put("contact.website", m.contactWebsite);
    s.put("statement", m.statement);
    s.put("status", m.status == null ? null : m.status.name());
    return s;
  }
}
