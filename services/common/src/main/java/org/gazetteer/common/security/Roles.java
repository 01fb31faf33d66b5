package org.gazetteer.common.security;

/** The realm roles of the gazetteer realm (docs/identity-and-access.md). */
public final class Roles {

  public static final String NETWORK_ADMIN = "network-admin";
  public static final String CURATOR = "curator";
  public static final String READING_ROOM_STAFF = "reading-room-staff";
  public static final String EVENT_ORGANIZER = "event-organizer";
  public static final String ALLIANCE_MEMBER = "alliance-member";

  private Roles() {}
}
