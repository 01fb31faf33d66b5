package org.gazetteer.deploy;

import java.util.List;

/**
 * A demo login of the local realm (docs/identity-and-access.md), as printed for people trying the
 * network.
 */
record DemoUser(String username, String password, String role, String institution) {

  /** The users in {@code deploy/keycloak/gazetteer-realm.json}. */
  static final List<DemoUser> ALL =
      List.of(
          new DemoUser("admin", "admin-demo", "network-admin", "sichuan"),
          new DemoUser("curator.chengdu", "curator-demo", "curator", "chengdu"),
          new DemoUser("curator2.chengdu", "curator-demo", "curator", "chengdu"),
          new DemoUser("curator.leshan", "curator-demo", "curator", "leshan"),
          new DemoUser("staff.wuhou", "staff-demo", "reading-room-staff", "wuhou"),
          new DemoUser("organizer.chengdu", "organizer-demo", "event-organizer", "chengdu"),
          new DemoUser("member.leshan", "member-demo", "alliance-member", "leshan"),
          new DemoUser("visitor", "visitor-demo", "-", "-"));
}
