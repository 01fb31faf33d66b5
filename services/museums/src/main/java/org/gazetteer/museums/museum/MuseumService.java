package org.gazetteer.museums.museum;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.gazetteer.common.paging.Cursor;
import org.gazetteer.common.paging.Page;
import org.gazetteer.common.problem.ProblemException;
import org.gazetteer.common.security.Caller;
import org.gazetteer.common.security.Roles;

/** The museum register: listing, reading and registering museums. */
@ApplicationScoped
public class MuseumService {

  private final MuseumRepository museums;

  MuseumService(MuseumRepository museums) {
    this.museums = museums;
  }

  @WithSession
  public Uni<Page<MuseumResponse>> list(MuseumFilter filter, String cursor, int limit) {
    Cursor after = Cursor.decode(cursor, 1);
    return museums
        .list(filter, after, limit + 1)
        .map(rows -> Page.of(rows, limit, MuseumMapper::toResponse, m -> Cursor.of(m.code)));
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
    if (request.kind() == MuseumKind.UNIVERSITY_BRANCH && request.parent() == null) {
      throw ProblemException.invalid("parent", "is required for a university branch");
    }
    return museums
        .findById(request.code())
        .flatMap(
            existing -> {
              if (existing != null) {
                throw ProblemException.conflict("A museum with code " + request.code() + " exists");
              }
              return parentOf(request);
            })
        .flatMap(
            parent -> {
              Museum museum = new Museum();
              museum.code = request.code();
              MuseumMapper.apply(request, museum);
              return museums.persistAndFlush(museum);
            })
        .map(MuseumMapper::toResponse);
  }

  /** The museum, or a 404 naming it. */
  public Uni<Museum> require(String code) {
    return museums
        .findById(code)
        .onItem()
        .ifNull()
        .failWith(() -> ProblemException.notFound("No museum with code " + code));
  }

  private Uni<Museum> parentOf(MuseumRequest request) {
    if (request.parent() == null) {
      return Uni.createFrom().nullItem();
    }
    return museums
        .findById(request.parent())
        .onItem()
        .ifNull()
        .failWith(
            () -> ProblemException.unprocessable("No parent museum with code " + request.parent()));
  }

  static boolean canCurate(Caller caller, String museum) {
    return caller.isAdmin() || caller.hasRole(Roles.CURATOR) && caller.belongsTo(museum);
  }
}
