package org.gazetteer.museums.search;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.gazetteer.common.paging.Cursor;
import org.gazetteer.museums.exhibit.ExhibitLookup;

/** Search over published exhibits: a ranked (or newest-first) page plus facets of the result. */
@ApplicationScoped
public class ExhibitSearchService {

  private final ExhibitSearchRepository repository;
  private final ExhibitLookup exhibits;

  ExhibitSearchService(ExhibitSearchRepository repository, ExhibitLookup exhibits) {
    this.repository = repository;
    this.exhibits = exhibits;
  }

  @WithSession
  public Uni<SearchPage> search(ExhibitSearch search, String cursor, int limit) {
    Cursor after = Cursor.decode(cursor, 2);
    return repository
        .search(search, after, limit + 1)
        .flatMap(
            found -> {
              List<Object[]> rows = found.page();
              List<Object[]> shown = rows.size() > limit ? rows.subList(0, limit) : rows;
              String next = rows.size() > limit ? cursorOf(shown.get(limit - 1)) : null;
              List<UUID> ids = shown.stream().map(ExhibitSearchRepository::id).toList();
              return exhibits
                  .published(ids)
                  .map(items -> new SearchPage(items, next, found.facets()));
            });
  }

  private static String cursorOf(Object[] row) {
    Object key = row[1];
    String sortKey = key instanceof Float rank ? Float.toString(rank) : timestamp(key).toString();
    return Cursor.of(sortKey, row[0]).encode();
  }

  /** The driver's representation of a timestamptz, as an offset date-time. */
  private static OffsetDateTime timestamp(Object value) {
    if (value instanceof OffsetDateTime time) {
      return time;
    }
    if (value instanceof Instant instant) {
      return instant.atOffset(ZoneOffset.UTC);
    }
    if (value instanceof Timestamp timestamp) {
      return timestamp.toInstant().atOffset(ZoneOffset.UTC);
    }
    return ((LocalDateTime) value).atOffset(ZoneOffset.UTC);
  }
}
