package org.gazetteer.alliance.member;

import org.gazetteer.common.text.LocalizedText;

/** A member as the other parts of the alliance refer to it: code, name and state. */
public record MemberSummary(String code, LocalizedText name, MemberStatus status) {}
