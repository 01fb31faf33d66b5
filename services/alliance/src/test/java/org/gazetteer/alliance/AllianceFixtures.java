package org.gazetteer.alliance;

import java.util.List;
import org.gazetteer.common.testing.TestTokens;

/**
 * Callers and records the alliance tests share. The members are inserted by the test-only migration
 * {@code db/test-data/V1000__test_members.sql}.
 */
public final class AllianceFixtures {

  public static final String ADMIN = TestTokens.bearer("admin", "sichuan", "network-admin");
  public static final String MEMBER_LESHAN =
      TestTokens.bearer("member.leshan", "leshan", "alliance-member");

  /** A user of the institution whose application is pending. */
  public static final String APPLICANT =
      TestTokens.bearer("applicant", "tst-applied", "alliance-member");

  public static final String VISITOR = TestTokens.bearer("visitor", null);

  /** Approved fixture members, in code order. */
  public static final List<String> APPROVED =
      List.of("tst-archive", "tst-branch", "tst-library", "tst-museum");

  /** Fixture members in any other state. */
  public static final List<String> NOT_APPROVED =
      List.of("tst-applied", "tst-rejected", "tst-suspended");

  private AllianceFixtures() {}
}
