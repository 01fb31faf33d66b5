package org.gazetteer.alliance.resource;

/**
 * Filters of the resource list, null for "any".
 *
 * @param tsQuery the text query as a tsquery, or null
 */
record ResourceFilter(
    ResourceKind kind, ResourceScope scope, Delivery delivery, String owner, String tsQuery) {}
