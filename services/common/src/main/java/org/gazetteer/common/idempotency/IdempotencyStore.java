package org.gazetteer.common.idempotency;

import io.smallrye.mutiny.Uni;

/**
 * Where a service keeps its idempotency keys: in its own database (docs/api-conventions.md, 24
 * hours), so that every instance sees every key. Implementations claim a key in a transaction of
 * its own, so a concurrent duplicate sees the claim at once, and complete it in the transaction of
 * the work itself, so a stored response and the change it reports commit together.
 */
public interface IdempotencyStore {

  /**
   * Claims the key for this request. Emits null when the claim succeeded (a new key, or one that
   * expired or whose first request was abandoned), else what is stored under it.
   */
  Uni<IdempotencyRecord> claim(IdempotencyScope scope);

  /** Stores the response of a claimed key; called inside the transaction of the work. */
  Uni<Void> complete(IdempotencyScope scope, StoredResponse response);

  /** Gives a claimed key up after a failure that is not the client's, so a retry may run. */
  Uni<Void> abandon(IdempotencyScope scope);
}
