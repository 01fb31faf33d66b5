package org.gazetteer.alliance.resource;

import org.gazetteer.alliance.member.MemberStatus;

/** Who sees a shared resource, one rule for reads and (in SQL) for lists. */
final class ResourceRules {

  private ResourceRules() {}

  /**
   * PUBLIC to anyone; ALLIANCE to users of approved, non-suspended member institutions while its
   * owner is approved too (suspension hides a member's ALLIANCE resources); PRIVATE to the owner's
   * alliance members and curators; everything to admins.
   */
  static boolean visible(
      SharedResource r, MemberStatus ownerStatus, ResourceRepository.Viewer viewer) {
    if (viewer.admin() || viewer.ownerReader() && r.owner.equals(viewer.institution())) {
      return true;
    }
    return switch (r.scope) {
      case PUBLIC -> true;
      case ALLIANCE -> viewer.approvedMember() && ownerStatus == MemberStatus.APPROVED;
      case PRIVATE -> false;
    };
  }
}
