package org.gazetteer.gateway.routing;

import java.net.URI;

/**
 * A service behind the gateway ({@code gateway.upstream.<id>}).
 *
 * @param id the service's name as used in config, metrics, health checks and problem details
 * @param url its base URL
 */
public record Upstream(String id, URI url) {}
