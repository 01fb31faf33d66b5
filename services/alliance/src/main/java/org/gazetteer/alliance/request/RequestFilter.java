package org.gazetteer.alliance.request;

import java.util.UUID;

/**
 * What a list of requests is narrowed to: whose (a member's, from one side or both; admins may
 * leave it open), state, resource, overdue loans.
 */
record RequestFilter(
    String member, RequestSide side, RequestStatus status, UUID resource, boolean overdue) {}
