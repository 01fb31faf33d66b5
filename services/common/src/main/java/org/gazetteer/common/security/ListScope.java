package org.gazetteer.common.security;

/**
 * Which institution's records a list may show (docs/identity-and-access.md): public states show
 * what was asked for; other states need a login, and show only the caller's own institution to a
 * caller with the role for those records (every institution for network admins), so asking for
 * another institution's drafts, or for one's own without the role, finds nothing.
 *
 * @param institution the institution to filter on, null for all
 * @param empty whether the answer is known to be empty without asking the database
 */
public record ListScope(String institution, boolean empty) {

  /** A public list, optionally filtered on the requested institution. */
  public static ListScope open(String requested) {
    return new ListScope(requested, false);
  }

  /**
   * A list of records in a non-public {@code state}, for {@code caller}: 401 without a login; the
   * caller's own institution's records when they have one of {@code roles} (the roles that read
   * that kind of record); every institution's for network admins; nothing for anyone else.
   */
  public static ListScope restricted(
      Caller caller, String requested, Object state, String... roles) {
    caller.requireLogin("Listing records in state " + state);
    if (caller.isAdmin()) {
      return new ListScope(requested, false);
    }
    String own = caller.institution().orElse(null);
    if (own == null || !caller.readsInternal(own, roles)) {
      return new ListScope(null, true);
    }
    return new ListScope(own, requested != null && !requested.equals(own));
  }
}
