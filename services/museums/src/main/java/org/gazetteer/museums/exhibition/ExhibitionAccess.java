package org.gazetteer.museums.exhibition;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.gazetteer.common.persistence.Failures;
import org.gazetteer.common.problem.ProblemException;
import org.gazetteer.common.security.Caller;
import org.gazetteer.common.security.Roles;
import org.gazetteer.museums.exhibit.ExhibitLookup;
import org.gazetteer.museums.exhibit.ExhibitStatus;

/**
 * Loads exhibitions for a caller under docs/identity-and-access.md (unpublished ones exist only for
 * their museum's curators), and checks the exhibits an exhibition lists: the museum's own, each
 * once, and all published before the exhibition is public.
 */
@ApplicationScoped
class ExhibitionAccess {

  private final ExhibitionRepository exhibitions;
  private final ExhibitLookup exhibits;

  ExhibitionAccess(ExhibitionRepository exhibitions, ExhibitLookup exhibits) {
    this.exhibitions = exhibitions;
    this.exhibits = exhibits;
  }

  Uni<Exhibition> visible(UUID id, Caller caller) {
    return exhibitions
        .findById(id)
        .map(
            found -> {
              if (found == null
                  || found.status != ExhibitionStatus.PUBLISHED
                      && !caller.readsInternal(found.museum, Roles.CURATOR)) {
                throw notFound(id);
              }
              return found;
            });
  }

  Uni<Exhibition> writable(UUID id, Caller caller) {
    return exhibitions
        .findById(id)
        .map(
            found -> {
              if (found == null) {
                throw notFound(id);
              }
              caller.requireWrite(Roles.CURATOR, found.museum);
              return found;
            });
  }

  /**
   * The responses for {@code rows}, each listing the exhibits the caller is shown: all of them to
   * the museum's curators (who also see who created it), the published ones to everyone else (an
   * exhibit may be withdrawn after the exhibition was published). One query for the whole page.
   */
  Uni<List<ExhibitionResponse>> responses(List<Exhibition> rows, Caller caller) {
    Set<UUID> outside = new HashSet<>();
    rows.stream()
        .filter(x -> !caller.readsInternal(x.museum, Roles.CURATOR))
        .forEach(x -> outside.addAll(ExhibitionMapper.exhibits(x)));
    return exhibits
        .publishedIds(outside)
        .map(
            published ->
                rows.stream()
                    .map(
                        x -> {
                          List<UUID> ids = ExhibitionMapper.exhibits(x);
                          boolean internal = caller.readsInternal(x.museum, Roles.CURATOR);
                          return ExhibitionMapper.toResponse(
                              x,
                              internal ? ids : ids.stream().filter(published::contains).toList(),
                              internal);
                        })
                    .toList());
  }

  /**
   * Checks {@code ids} for an exhibition of {@code museum}: duplicates are 400, exhibits that are
   * not the museum's 422, and when {@code published} unpublished ones 422 too.
   */
  Uni<Void> checkExhibits(String museum, List<UUID> ids, boolean published) {
    Set<UUID> seen = new HashSet<>();
    for (int i = 0; i < ids.size(); i++) {
      if (!seen.add(ids.get(i))) {
        throw ProblemException.invalid("exhibits[" + i + "]", "lists an exhibit a second time");
      }
    }
    return exhibits
        .statuses(ids, museum)
        .invoke(
            states -> {
              List<UUID> unknown = ids.stream().filter(id -> !states.containsKey(id)).toList();
              if (!unknown.isEmpty()) {
                throw ProblemException.unprocessable(
                    "Not exhibits of museum " + museum + ": " + unknown);
              }
              if (published) {
                requirePublished(states);
              }
            })
        .replaceWithVoid();
  }

  private static void requirePublished(Map<UUID, ExhibitStatus> states) {
    List<UUID> unpublished =
        states.entrySet().stream()
            .filter(e -> e.getValue() != ExhibitStatus.PUBLISHED)
            .map(Map.Entry::getKey)
            .sorted()
            .toList();
    if (!unpublished.isEmpty()) {
      throw ProblemException.unprocessable(
          "A published exhibition shows published exhibits only; not published: " + unpublished);
    }
  }

  /**
   * Whether the database refused the exhibits (migration V7's trigger): an exhibit was withdrawn
   * between the check above and the write, a race the check cannot close.
   */
  static boolean exhibitsChangedMeanwhile(Throwable failure) {
    return Failures.violated(failure, "exhibition_exhibits_published")
        || Failures.violated(failure, "exhibition_exhibits_of_museum")
        || Failures.violated(failure, "exhibition_exhibits_distinct");
  }

  static ProblemException changedMeanwhile() {
    return ProblemException.conflict(
        "An exhibit of this exhibition changed meanwhile (e.g. it was withdrawn); read it again");
  }

  static ProblemException notFound(UUID id) {
    return ProblemException.notFound("No exhibition with id " + id);
  }
}
