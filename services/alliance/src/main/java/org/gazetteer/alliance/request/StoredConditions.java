package org.gazetteer.alliance.request;

import java.util.List;

/** The JSON column of a request's conditions. */
record StoredConditions(List<Condition> items) {}
