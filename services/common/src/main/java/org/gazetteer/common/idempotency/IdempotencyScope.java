package org.gazetteer.common.idempotency;

/**
 * One idempotent request as docs/api-conventions.md scopes it: the key is the caller's, for one
 * method and path; the fingerprint tells a true retry from another body sent under the same key.
 *
 * @param caller who sent it (the token's username)
 * @param method the HTTP method
 * @param path the request path, without query
 * @param key the client's {@code Idempotency-Key}
 * @param fingerprint a digest of the request body, see {@link Fingerprints}
 */
public record IdempotencyScope(
    String caller, String method, String path, String key, String fingerprint) {}
