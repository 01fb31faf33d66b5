package org.gazetteer.alliance.request;

import java.util.List;

/** The JSON column of a request's obligations. */
record StoredObligations(List<Obligation> items) {}
