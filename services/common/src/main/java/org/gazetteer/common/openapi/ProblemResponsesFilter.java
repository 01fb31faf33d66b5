package org.gazetteer.common.openapi;

/**
 * The name the events and alliance services still give {@code mp.openapi.filter}; it does all that
 * {@link NetworkFilter} does. Remove it once no service names it.
 *
 * @deprecated name {@link NetworkFilter}
 */
@Deprecated
public class ProblemResponsesFilter extends NetworkFilter {}
