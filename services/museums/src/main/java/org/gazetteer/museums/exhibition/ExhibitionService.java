package org.gazetteer.museums.exhibition;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gazetteer.common.audit.AuditTrail;
import org.gazetteer.common.http.Versions;
import org.gazetteer.common.paging.Cursor;
import org.gazetteer.common.paging.Page;
import org.gazetteer.common.persistence.Failures;
import org.gazetteer.common.problem.ProblemException;
import org.gazetteer.common.security.Caller;
import org.gazetteer.common.security.ListScope;
import org.gazetteer.common.security.Roles;
import org.gazetteer.museums.audit.AuditAction;
import org.gazetteer.museums.audit.AuditEntryResponse;
import org.gazetteer.museums.audit.RecordType;
import org.gazetteer.museums.exhibit.ExhibitLookup;
import org.gazetteer.museums.exhibit.ExhibitResponse;
import org.gazetteer.museums.museum.MuseumService;

/** Exhibitions: listing, reading, creating and editing them, each change audited. */
@ApplicationScoped
public class ExhibitionService {

  private final ExhibitionRepository exhibitions;
  private final ExhibitionAccess access;
  private final ExhibitLookup exhibits;
  private final MuseumService museums;
  private final AuditTrail audit;

  ExhibitionService(
      ExhibitionRepository exhibitions,
      ExhibitionAccess access,
      ExhibitLookup exhibits,
      MuseumService museums,
      AuditTrail audit) {
    this.exhibitions = exhibitions;
    this.access = access;
    this.exhibits = exhibits;
    this.museums = museums;
    this.audit = audit;
  }

  /**
   * PUBLISHED is public; other states show the caller's own museum's to its curators (all for
   * admins).
   */
  @WithSession
  public Uni<Page<ExhibitionResponse>> list(
      ExhibitionFilter filter, Caller caller, String cursor, int limit) {
    ListScope scope =
        filter.status() == ExhibitionStatus.PUBLISHED
            ? ListScope.open(filter.museum())
            : ListScope.restricted(caller, filter.museum(), filter.status(), Roles.CURATOR);
    if (scope.empty()) {
      return Uni.createFrom().item(Page.empty());
    }
    Cursor after = Cursor.decode(cursor, 2);
    ExhibitionFilter scoped =
        new ExhibitionFilter(
            filter.status(), scope.institution(), filter.travelling(), filter.on());
    return exhibitions
        .list(scoped, startOf(after), after == null ? null : after.uuid(1), limit + 1)
        .flatMap(
            rows -> {
              Page<Exhibition> page =
                  Page.of(rows, limit, x -> x, x -> Cursor.of(x.startsOn, x.id));
              return access
                  .responses(page.items(), caller)
                  .map(items -> new Page<>(items, page.next()));
            });
  }

  @WithSession
  public Uni<ExhibitionResponse> get(UUID id, Caller caller) {
    return access.visible(id, caller).flatMap(x -> respond(x, caller));
  }

  /** The published exhibits of a visible exhibition, in the order shown. */
  @WithSession
  public Uni<Page<ExhibitResponse>> exhibits(UUID id, Caller caller, String cursor, int limit) {
    Cursor after = Cursor.decode(cursor, 1);
    int from = after == null ? 0 : position(after) + 1;
    return access
        .visible(id, caller)
        .flatMap(
            x -> {
              List<UUID> ids = ExhibitionMapper.exhibits(x);
              List<UUID> rest = ids.subList(Math.min(from, ids.size()), ids.size());
              return exhibits
                  .published(rest)
                  .map(
                      shown ->
                          Page.of(
                              shown,
                              limit,
                              e -> e,
                              e -> Cursor.of(String.valueOf(ids.indexOf(e.id())))));
            });
  }

  /** The position in the exhibition's list that a cursor of {@link #exhibits} names. */
  private static int position(Cursor after) {
    try {
      return Math.max(-1, Integer.parseInt(after.key(0)));
    } catch (NumberFormatException e) {
      throw ProblemException.invalid("cursor", "is not a cursor this list handed out");
    }
  }

  @WithTransaction
  public Uni<ExhibitionResponse> create(
      ExhibitionRequest request, String museumParam, Caller caller) {
    String museum = caller.owningInstitution(museumParam, "museum", "exhibitions");
    checkDates(request);
    return access
        .checkExhibits(museum, ids(request), false)
        .flatMap(
            checked -> {
              Exhibition exhibition = new Exhibition();
              exhibition.id = UUID.randomUUID();
              exhibition.museum = museum;
              exhibition.createdBy = caller.username();
              ExhibitionMapper.apply(request, exhibition);
              return exhibitions
                  .persistAndFlush(exhibition)
                  .call(() -> audited(exhibition, AuditAction.CREATE, Map.of(), caller));
            })
        .onFailure(e -> Failures.violated(e, "exhibition_museum_code_fkey"))
        .transform(e -> ProblemException.unprocessable("No museum with code " + museum))
        .onFailure(ExhibitionAccess::exhibitsChangedMeanwhile)
        .transform(e -> ExhibitionAccess.changedMeanwhile())
        .flatMap(x -> respond(x, caller));
  }

  /** Replaces an exhibition's fields; needs the version the caller read (If-Match). */
  @WithTransaction
  public Uni<ExhibitionResponse> update(
      UUID id, ExhibitionRequest request, String ifMatch, Caller caller) {
    checkDates(request);
    return access
        .writable(id, caller)
        .call(
            x -> {
              Versions.check(ifMatch, x.version);
              boolean live = x.status == ExhibitionStatus.PUBLISHED;
              if (live && ids(request).isEmpty()) {
                throw ProblemException.unprocessable(
                    "A published exhibition shows at least one exhibit");
              }
              return access.checkExhibits(x.museum, ids(request), live);
            })
        .flatMap(
            x -> {
              Map<String, Object> before = ExhibitionMapper.snapshot(x);
              ExhibitionMapper.apply(request, x);
              return exhibitions
                  .flush()
                  .call(() -> audited(x, AuditAction.UPDATE, before, caller))
                  .replaceWith(x);
            })
        .onFailure(Failures::stale)
        .transform(e -> Versions.stale())
        .onFailure(ExhibitionAccess::exhibitsChangedMeanwhile)
        .transform(e -> ExhibitionAccess.changedMeanwhile())
        .flatMap(x -> respond(x, caller));
  }

  @WithSession
  public Uni<Page<AuditEntryResponse>> history(UUID id, Caller caller, String cursor, int limit) {
    return access
        .visible(id, caller)
        .flatMap(
            x ->
                audit.history(
                    RecordType.EXHIBITION,
                    id.toString(),
                    x.museum,
                    caller,
                    cursor,
                    limit,
                    AuditEntryResponse::of,
                    Roles.CURATOR));
  }

  Uni<Void> audited(
      Exhibition exhibition, AuditAction action, Map<String, Object> before, Caller caller) {
    return audit.recordChanges(
        RecordType.EXHIBITION,
        exhibition.id.toString(),
        exhibition.version,
        action,
        caller.username(),
        before,
        ExhibitionMapper.snapshot(exhibition));
  }

  Uni<ExhibitionResponse> respond(Exhibition exhibition, Caller caller) {
    return access.responses(List.of(exhibition), caller).map(items -> items.get(0));
  }

  private static List<UUID> ids(ExhibitionRequest request) {
    return request.exhibits() == null ? List.of() : request.exhibits();
  }

  private static void checkDates(ExhibitionRequest request) {
    if (request.endsOn() != null && request.endsOn().isBefore(request.startsOn())) {
      throw ProblemException.invalid("endsOn", "must not be before startsOn");
    }
    checkYear(request.startsOn(), "startsOn");
    checkYear(request.endsOn(), "endsOn");
  }

  private static void checkYear(LocalDate date, String field) {
    if (date != null && (date.getYear() < 1900 || date.getYear() > 2199)) {
      throw ProblemException.invalid(field, "must be a date between 1900 and 2199");
    }
  }

  private static LocalDate startOf(Cursor cursor) {
    if (cursor == null) {
      return null;
    }
    try {
      return LocalDate.parse(cursor.key(0));
    } catch (DateTimeParseException e) {
      throw ProblemException.invalid("cursor", "is not a cursor this list handed out");
    }
  }
}
