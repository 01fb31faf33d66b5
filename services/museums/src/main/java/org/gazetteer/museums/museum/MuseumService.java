package org.gazetteer.museums.museum;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Objects;
import org.gazetteer.common.audit.AuditTrail;
import org.gazetteer.common.http.Versions;
import org.gazetteer.common.paging.Cursor;
import org.gazetteer.common.paging.Page;
import org.gazetteer.common.persistence.Failures;
import org.gazetteer.common.problem.ProblemException;
import org.gazetteer.common.security.Caller;
import org.gazetteer.common.security.Roles;
import org.gazetteer.common.vocabulary.Codes;
import org.gazetteer.museums.audit.AuditAction;
import org.gazetteer.museums.audit.AuditEntryResponse;
import org.gazetteer.museums.audit.RecordType;

/** The museum register: listing, reading, registering and editing museums. */
@ApplicationScoped
public class MuseumService {

  private final MuseumRepository museums;
  private final AuditTrail audit;

  MuseumService(MuseumRepository museums, AuditTrail audit) {
    this.museums = museums;
    this.audit = audit;
  }

  @WithSession
  public Uni<Page<MuseumResponse>> list(MuseumFilter filter, String cursor, int limit) {
    boolean ranked = filter.text() != null;
    Cursor after = Cursor.decode(cursor, ranked ? 2 : 1);
    return museums
        .list(filter, after, limit + 1)
        .map(
            rows ->
                Page.of(
                    rows,
                    limit,
                    MuseumMapper::toResponse,
                    m ->
                        ranked
                            ? Cursor.of(filter.namesHold(m) ? "0" : "1", m.code)
                            : Cursor.of(m.code)));
  }

  @WithSession
  public Uni<MuseumResponse> get(String code) {
    return require(code).map(MuseumMapper::toResponse);
  }

  /** Registers a museum; network admins only. Duplicate codes are 409, unknown parents 422. */
  @WithTransaction
  public Uni<MuseumResponse> create(MuseumRequest request, Caller caller) {
    if (!caller.isAdmin()) {
      throw ProblemException.forbidden("Only network admins register museums");
    }
    Codes.requireUnreserved(request.code(), "code");
    requireParentForBranch(request);
    Museum museum = new Museum();
    museum.code = request.code();
    MuseumMapper.apply(request, museum);
    // the database's constraints decide: no query before the insert that could race with it
    Uni<Museum> created =
        museums
            .persistAndFlush(museum)
            .call(() -> audited(museum, AuditAction.CREATE, Map.of(), caller))
            .onFailure(e -> Failures.violated(e, "museum_pkey"))
            .transform(
                e -> ProblemException.conflict("A museum with code " + request.code() + " exists"));
    return refusingUnknownParent(created, request).map(MuseumMapper::toResponse);
  }

  /**
   * Replaces a museum's fields; needs the version the caller read (If-Match). Curators edit their
   * own museum's descriptive fields; kind, parent and division are the admins'.
   */
  @WithTransaction
  public Uni<MuseumResponse> update(
      String code, MuseumRequest request, String ifMatch, Caller caller) {
    if (!code.equals(request.code())) {
      throw ProblemException.invalid("code", "must be the code of the museum in the path");
    }
    requireParentForBranch(request);
    Uni<Museum> updated =
        require(code)
            .invoke(museum -> checkEdit(museum, request, caller))
            .invoke(museum -> Versions.check(ifMatch, museum.version))
            .flatMap(
                museum -> {
                  Map<String, Object> before = MuseumMapper.snapshot(museum);
                  MuseumMapper.apply(request, museum);
                  return museums
                      .flush()
                      .call(() -> audited(museum, AuditAction.UPDATE, before, caller))
                      .replaceWith(museum);
                })
            .onFailure(Failures::stale)
            .transform(e -> Versions.stale());
    return refusingUnknownParent(updated, request).map(MuseumMapper::toResponse);
  }

  /** One page of a museum's audit trail, for its own curators and network admins. */
  @WithSession
  public Uni<Page<AuditEntryResponse>> history(
      String code, Caller caller, String cursor, int limit) {
    return require(code)
        .flatMap(
            museum ->
                audit.history(
                    RecordType.MUSEUM,
                    code,
                    museum.code,
                    caller,
                    cursor,
                    limit,
                    AuditEntryResponse::of,
                    Roles.CURATOR));
  }

  /** The museum, or a 404 naming it. */
  public Uni<Museum> require(String code) {
    return museums
        .findById(code)
        .onItem()
        .ifNull()
        .failWith(() -> ProblemException.notFound("No museum with code " + code));
  }

  private static void checkEdit(Museum museum, MuseumRequest request, Caller caller) {
    caller.requireWrite(Roles.CURATOR, museum.code);
    boolean structural =
        museum.kind != request.kind()
            || !Objects.equals(museum.parentCode, request.parent())
            || !museum.division.equals(request.division());
    if (structural && !caller.isAdmin()) {
      throw ProblemException.forbidden(
          "Only network admins change a museum's kind, parent or division");
    }
  }

  private static void requireParentForBranch(MuseumRequest request) {
    if (request.kind() == MuseumKind.UNIVERSITY_BRANCH && request.parent() == null) {
      throw ProblemException.invalid("parent", "is required for a university branch");
    }
    if (request.code().equals(request.parent())) {
      throw ProblemException.invalid("parent", "cannot be the museum itself");
    }
  }

  /** {@code write} with the parent reference's refusal as the 422 of an unknown parent. */
  private static <T> Uni<T> refusingUnknownParent(Uni<T> write, MuseumRequest request) {
    return write
        .onFailure(e -> Failures.violated(e, "museum_parent_code_fkey"))
        .transform(
            e -> ProblemException.unprocessable("No parent museum with code " + request.parent()));
  }

  private Uni<Void> audited(
      Museum museum, AuditAction action, Map<String, Object> before, Caller caller) {
    return audit.recordChanges(
        RecordType.MUSEUM,
        museum.code,
        museum.version,
        action,
        caller.username(),
        before,
        MuseumMapper.snapshot(museum));
  }
}
