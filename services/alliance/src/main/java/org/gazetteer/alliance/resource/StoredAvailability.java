package org.gazetteer.alliance.resource;

import java.util.List;

/**
 * A resource's availability windows as stored: one JSON object, as Hibernate Reactive maps JSON.
 */
record StoredAvailability(List<AvailabilityWindow> windows) {}
