package org.gazetteer.museums.feed;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gazetteer.common.paging.Cursor;
import org.gazetteer.common.paging.Page;
import org.gazetteer.common.problem.ProblemException;
import org.gazetteer.museums.exhibit.ExhibitLookup;
import org.gazetteer.museums.exhibit.ExhibitResponse;

/**
 * The change feed for harvesters: entries after a token, oldest first, each with the exhibit's
 * current public record while it is still published.
 */
@ApplicationScoped
public class ChangeFeedService {

  private final ExhibitChangeRepository changes;
  private final ExhibitLookup exhibits;

  ChangeFeedService(ExhibitChangeRepository changes, ExhibitLookup exhibits) {
    this.changes = changes;
    this.exhibits = exhibits;
  }

  @WithSession
  public Uni<Page<ExhibitChangeResponse>> since(String token, int limit) {
    long after = position(token);
    return changes
        .after(after, limit + 1)
        .flatMap(
            rows -> {
              List<UUID> ids = rows.stream().map(c -> c.exhibitId).distinct().toList();
              return exhibits
                  .published(ids)
                  .map(
                      records -> {
                        Map<UUID, ExhibitResponse> byId =
                            records.stream()
                                .collect(
                                    Collectors.toMap(ExhibitResponse::id, Function.identity()));
                        return Page.of(rows, limit, c -> toResponse(c, byId), c -> tokenOf(c.seq));
                      });
            });
  }

  private static ExhibitChangeResponse toResponse(
      ExhibitChange c, Map<UUID, ExhibitResponse> published) {
    return new ExhibitChangeResponse(
        tokenOf(c.seq).encode(),
        c.kind,
        c.exhibitId,
        c.museum,
        c.version,
        c.changedAt,
        c.kind == ChangeKind.WITHDRAWN ? null : published.get(c.exhibitId));
  }

  private static Cursor tokenOf(long seq) {
    return Cursor.of(seq);
  }

  /** The entry number a token stands for; 0 (the beginning) without one. */
  private static long position(String token) {
    try {
      Cursor cursor = Cursor.decode(token, 1);
      long seq = cursor == null ? 0 : Long.parseLong(cursor.key(0));
      if (seq < 0) {
        throw new NumberFormatException();
      }
      return seq;
    } catch (NumberFormatException | ProblemException e) {
      throw ProblemException.invalid("since", "is not a token this feed handed out");
    }
  }
}
