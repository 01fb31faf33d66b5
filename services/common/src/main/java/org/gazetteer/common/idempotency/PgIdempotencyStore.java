package org.gazetteer.common.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * Idempotency keys in the service's own database (table {@code idempotency_key}, from common's
 * migrations; retention in {@link IdempotencyConfig}). A claim is one upsert that succeeds for a
 * new key, an expired one, or one whose first request was abandoned; a concurrent claim of the same
 * key waits for it on the primary key and then finds it taken.
 */
@ApplicationScoped
public class PgIdempotencyStore implements IdempotencyStore {

  private static final String KEY =
      " WHERE caller = :caller AND method = :method AND path = :path AND key = :key";

  private static final String CLAIM =
      "INSERT INTO idempotency_key AS k"
          + " (caller, method, path, key, fingerprint, state, claimed_at)"
          + " VALUES (:caller, :method, :path, :key, :fingerprint, 'IN_FLIGHT', :now)"
          + " ON CONFLICT (caller, method, path, key) DO UPDATE"
          + " SET fingerprint = EXCLUDED.fingerprint, state = 'IN_FLIGHT',"
          + " claimed_at = EXCLUDED.claimed_at, response_status = NULL, response_type = NULL,"
          + " response_body = NULL, response_headers = NULL, completed_at = NULL"
          + " WHERE k.claimed_at < :expired OR (k.state = 'IN_FLIGHT' AND k.claimed_at < :abandoned)";

  private static final TypeReference<Map<String, String>> HEADERS = new TypeReference<>() {};

  private final IdempotencyConfig config;
  private final ObjectMapper json;
  private final Clock clock;

  PgIdempotencyStore(IdempotencyConfig config, ObjectMapper json, Clock clock) {
    this.config = config;
    this.json = json;
    this.clock = clock;
  }

  @Override
  @WithTransaction
  public Uni<IdempotencyRecord> claim(IdempotencyScope scope) {
    OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
    return Panache.getSession()
        .flatMap(
            s ->
                bind(s.createNativeQuery(CLAIM), scope)
                    .setParameter("fingerprint", scope.fingerprint())
                    .setParameter("now", now)
                    .setParameter("expired", now.minus(config.retention()))
                    .setParameter("abandoned", now.minus(config.abandonedAfter()))
                    .executeUpdate()
                    .flatMap(
                        claimed -> claimed == 1 ? Uni.createFrom().nullItem() : read(s, scope)));
  }

  @Override
  @WithTransaction
  public Uni<Void> complete(IdempotencyScope scope, StoredResponse response) {
    String update =
        "UPDATE idempotency_key SET state = 'DONE', response_status = :status,"
            + " response_type = :type, response_body = :body,"
            + " response_headers = :headers, completed_at = :now"
            + KEY;
    return Panache.getSession()
        .flatMap(
            s ->
                bind(s.createNativeQuery(update), scope)
                    .setParameter("status", response.status())
                    .setParameter("type", response.mediaType())
                    .setParameter("body", response.body())
                    .setParameter("headers", write(response.headers()))
                    .setParameter("now", clock.instant().atOffset(ZoneOffset.UTC))
                    .executeUpdate())
        .replaceWithVoid();
  }

  @Override
  @WithTransaction
  public Uni<Void> abandon(IdempotencyScope scope) {
    return Panache.getSession()
        .flatMap(
            s ->
                bind(
                        s.createNativeQuery(
                            "DELETE FROM idempotency_key" + KEY + " AND state = 'IN_FLIGHT'"),
                        scope)
                    .executeUpdate())
        .replaceWithVoid();
  }

  /** Forgets keys whose retention period was over at {@code now}; emits how many. */
  @WithTransaction
  public Uni<Integer> purge(Instant now) {
    OffsetDateTime expired = now.atOffset(ZoneOffset.UTC).minus(config.retention());
    return Panache.getSession()
        .flatMap(
            s ->
                s.createNativeQuery("DELETE FROM idempotency_key WHERE claimed_at < :expired")
                    .setParameter("expired", expired)
                    .executeUpdate());
  }

  private Uni<IdempotencyRecord> read(Mutiny.Session s, IdempotencyScope scope) {
    String select =
        "SELECT fingerprint, state, response_status, response_type, response_body,"
            + " response_headers FROM idempotency_key"
            + KEY;
    return bind(s.createNativeQuery(select, Object[].class), scope)
        .getSingleResult()
        .map(this::record);
  }

  private IdempotencyRecord record(Object[] row) {
    if (!"DONE".equals(row[1])) {
      return new IdempotencyRecord((String) row[0], null);
    }
    StoredResponse response =
        new StoredResponse(
            ((Number) row[2]).intValue(), (String) row[3], (String) row[4], read((String) row[5]));
    return new IdempotencyRecord((String) row[0], response);
  }

  private static <Q extends Mutiny.AbstractQuery> Q bind(Q query, IdempotencyScope scope) {
    query.setParameter("caller", scope.caller());
    query.setParameter("method", scope.method());
    query.setParameter("path", scope.path());
    query.setParameter("key", scope.key());
    return query;
  }

  private String write(Map<String, String> headers) {
    try {
      return json.writeValueAsString(headers);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("headers are plain strings", e);
    }
  }

  private Map<String, String> read(String headers) {
    try {
      return headers == null ? Map.of() : json.readValue(headers, HEADERS);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored headers are written by this class", e);
    }
  }
}
