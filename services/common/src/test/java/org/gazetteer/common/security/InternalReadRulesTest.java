package org.gazetteer.common.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import org.gazetteer.common.problem.ProblemException;
import org.gazetteer.common.problem.ProblemType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The read rule for internal records: the role for the kind of record and the institution. */
class InternalReadRulesTest {

  private static Caller caller(String institution, String... roles) {
    return new Caller("someone", Optional.ofNullable(institution), Set.of(roles));
  }

  private static final Caller ANONYMOUS = new Caller(null, Optional.empty(), Set.of());

  @ParameterizedTest(name = "{0} with {1} reads chengdu''s curator records: {2}")
  @CsvSource({
    "chengdu, curator, true",
    "chengdu, event-organizer, false",
    "chengdu, alliance-member, false",
    "leshan, curator, false",
    "sichuan, network-admin, true",
    ", curator, false",
  })
  void readsInternalNeedsTheRoleAndTheInstitution(
      String institution, String role, boolean expected) {
    assertEquals(expected, caller(institution, role).readsInternal("chengdu", Roles.CURATOR));
  }

  @Test
  void anyOfSeveralRolesWillDo() {
    Caller member = caller("leshan", Roles.ALLIANCE_MEMBER);
    Caller curator = caller("leshan", Roles.CURATOR);
    Caller organizer = caller("leshan", Roles.EVENT_ORGANIZER);
    String[] alliance = {Roles.ALLIANCE_MEMBER, Roles.CURATOR};
    assertTrue(member.readsInternal("leshan", alliance));
    assertTrue(curator.readsInternal("leshan", alliance));
    assertFalse(organizer.readsInternal("leshan", alliance));
  }

  @Test
  void requireInternalReadIs401AnonymousAnd403WithoutTheRole() {
    ProblemException anonymous =
        assertThrows(
            ProblemException.class,
            () -> ANONYMOUS.requireInternalRead("A history", "chengdu", Roles.CURATOR));
    assertEquals(ProblemType.UNAUTHORIZED, anonymous.type());
    Caller organizer = caller("chengdu", Roles.EVENT_ORGANIZER);
    ProblemException withoutRole =
        assertThrows(
            ProblemException.class,
            () -> organizer.requireInternalRead("A history", "chengdu", Roles.CURATOR));
    assertEquals(ProblemType.FORBIDDEN, withoutRole.type());
  }

  @Test
  void restrictedListsAre401Anonymous() {
    ProblemException e =
        assertThrows(
            ProblemException.class,
            () -> ListScope.restricted(ANONYMOUS, null, "DRAFT", Roles.CURATOR));
    assertEquals(ProblemType.UNAUTHORIZED, e.type());
  }

  @Test
  void restrictedListsAreEmptyWithoutTheRoleOrTheInstitution() {
    ListScope nothing = new ListScope(null, true);
    Caller organizer = caller("chengdu", Roles.EVENT_ORGANIZER);
    assertEquals(nothing, ListScope.restricted(organizer, null, "DRAFT", Roles.CURATOR));
    Caller homeless = caller(null, Roles.CURATOR);
    assertEquals(nothing, ListScope.restricted(homeless, null, "DRAFT", Roles.CURATOR));
  }

  @Test
  void restrictedListsShowTheOwnInstitutionToItsRoleAndAllToAdmins() {
    Caller curator = caller("chengdu", Roles.CURATOR);
    assertEquals(
        new ListScope("chengdu", false),
        ListScope.restricted(curator, null, "DRAFT", Roles.CURATOR));
    assertTrue(ListScope.restricted(curator, "leshan", "DRAFT", Roles.CURATOR).empty());
    Caller admin = caller("sichuan", Roles.NETWORK_ADMIN);
    assertEquals(
        new ListScope("leshan", false),
        ListScope.restricted(admin, "leshan", "DRAFT", Roles.CURATOR));
  }
}
