package org.gazetteer.alliance.resource;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.gazetteer.alliance.audit.AllianceAuditAction;
import org.gazetteer.alliance.audit.AllianceRecordType;
import org.gazetteer.alliance.member.Memberships;
import org.gazetteer.alliance.museums.ExhibitRecord;
import org.gazetteer.alliance.museums.MuseumsClient;
import org.gazetteer.common.audit.AuditTrail;
import org.gazetteer.common.http.Versions;
import org.gazetteer.common.paging.Cursor;
import org.gazetteer.common.paging.Page;
import org.gazetteer.common.persistence.Failures;
import org.gazetteer.common.problem.FieldError;
import org.gazetteer.common.problem.ProblemException;
import org.gazetteer.common.problem.ProblemType;
import org.gazetteer.common.security.Caller;
import org.jboss.logging.Logger;

/**
 * Shared resources: published and changed by approved, non-suspended members (their alliance
 * members or curators); seen as {@link ResourceRules} says, in lists, search and reads alike.
 */
@ApplicationScoped
public class ResourceService {

  private static final Logger LOG = Logger.getLogger(ResourceService.class);

  /** How long a client should wait before trying again when museums is down. */
  static final int RETRY_AFTER_SECONDS = 10;

  private final ResourceRepository resources;
  private final Memberships memberships;
  private final AuditTrail audit;
  private final MuseumsClient museums;

  ResourceService(
      ResourceRepository resources,
      Memberships memberships,
      AuditTrail audit,
      MuseumsClient museums) {
    this.resources = resources;
    this.memberships = memberships;
    this.audit = audit;
    this.museums = museums;
  }

  @WithSession
  public Uni<Page<ResourceResponse>> list(
      ResourceFilter filter, Caller caller, String cursor, int limit) {
    Cursor after = Cursor.decode(cursor, 2);
    return viewer(caller)
        .flatMap(viewer -> resources.list(filter, viewer, after, limit + 1))
        .flatMap(
            rows -> {
              Page<ResourceRepository.Listed> page =
                  Page.of(rows, limit, r -> r, ResourceRepository.Listed::cursor);
              List<SharedResource> shown =
                  page.items().stream().map(ResourceRepository.Listed::resource).toList();
              return sources(shown)
                  .map(
                      exhibits ->
                          new Page<>(
                              shown.stream()
                                  .map(r -> ResourceMapper.toResponse(r, exhibits))
                                  .toList(),
                              page.next()));
            });
  }

  /** A resource the caller may see; others do not exist for them (404). */
  @WithSession
  public Uni<ResourceResponse> get(UUID id, Caller caller) {
    return visible(id, caller).flatMap(this::respond);
  }

  /**
   * The resource a request asks for, if the caller may see it (empty otherwise, as for an unknown
   * id). Needs the caller's session.
   */
  public Uni<Optional<Requestable>> requestable(UUID id, Caller caller) {
    return visible(id, caller)
        .map(r -> Optional.of(Requestable.of(r)))
        .onFailure(ProblemException.class)
        .recoverWithItem(Optional.empty());
  }

  /**
   * These resources as the requests for them show them, whoever may see them now: the parties of a
   * request keep seeing what they asked for. Needs the caller's session.
   */
  public Uni<Map<UUID, Requestable>> requested(Collection<UUID> ids) {
    if (ids.isEmpty()) {
      return Uni.createFrom().item(Map.of());
    }
    return resources
        .list("id in ?1", List.copyOf(ids))
        .map(found -> found.stream().collect(Collectors.toMap(r -> r.id, Requestable::of)));
  }

  /**
   * Publishes a resource of the caller's (approved, non-suspended) member institution. A source
   * exhibit is checked with museums before anything is written.
   */
  public Uni<ResourceResponse> create(ResourceRequest request, Caller caller) {
    check(request);
    return Panache.withSession(
            () -> memberships.requireActingMember(caller, "Publishing a shared resource"))
        .call(owner -> checkSource(request.source(), owner))
        .flatMap(
            owner ->
                Panache.withTransaction(
                    () -> {
                      SharedResource r = new SharedResource();
                      r.id = UUID.randomUUID();
                      r.owner = owner;
                      r.createdBy = caller.username();
                      ResourceMapper.apply(request, r);
                      return resources
                          .persistAndFlush(r)
                          .call(
                              () ->
                                  audit.recordChanges(
                                      AllianceRecordType.RESOURCE,
                                      r.id.toString(),
                                      r.version,
                                      AllianceAuditAction.CREATE,
                                      caller.username(),
                                      Map.of(),
                                      ResourceMapper.snapshot(r)));
                    }))
        .flatMap(this::respond);
  }

  /** Replaces a resource's fields; needs the owner's approved membership and If-Match. */
  public Uni<ResourceResponse> update(
      UUID id, ResourceRequest request, String ifMatch, Caller caller) {
    check(request);
    Versions.expected(ifMatch);
    return Panache.withSession(() -> owned(id, ifMatch, caller))
        .call(r -> checkSource(request.source(), r.owner))
        .flatMap(
            checked ->
                Panache.withTransaction(
                    () ->
                        owned(id, ifMatch, caller)
                            .flatMap(
                                r -> {
                                  Map<String, Object> before = ResourceMapper.snapshot(r);
                                  ResourceMapper.apply(request, r);
                                  return resources
                                      .flush()
                                      .call(
                                          () ->
                                              audit.recordChanges(
                                                  AllianceRecordType.RESOURCE,
                                                  r.id.toString(),
                                                  r.version,
                                                  AllianceAuditAction.UPDATE,
                                                  caller.username(),
                                                  before,
                                                  ResourceMapper.snapshot(r)))
                                      .replaceWith(r);
                                })))
        .onFailure(Failures::stale)
        .transform(e -> Versions.stale())
        .onFailure(e -> Failures.violated(e, "shared_resource_open_requests"))
        .transform(
            e ->
                ProblemException.conflict(
                    "The resource has open requests: its scope and delivery stay as they were"
                        + " requested until those are settled"))
        .onFailure(e -> Failures.violated(e, "resource_day_within_quantity"))
        .transform(
            e ->
                ProblemException.conflict(
                    "Approved requests hold more items on some day than the new quantity"))
        .flatMap(this::respond);
  }

  /** The resource, if the caller acts for its owner and read the current version. */
  private Uni<SharedResource> owned(UUID id, String ifMatch, Caller caller) {
    return memberships
        .requireActingMember(caller, "Changing a shared resource")
        .flatMap(
            owner ->
                visible(id, caller)
                    .invoke(
                        r -> {
                          if (!r.owner.equals(owner)) {
                            throw ProblemException.forbidden(
                                "Only its owner changes a shared resource");
                          }
                          Versions.check(ifMatch, r.version);
                        }));
  }

  /**
   * 422 unless the source is one of the owner's published exhibits; 503 when museums cannot be
   * asked, so nothing is saved.
   */
  private Uni<Void> checkSource(SourceRequest source, String owner) {
    if (source == null) {
      return Uni.createFrom().voidItem();
    }
    return museums
        .exhibit(source.id())
        .onFailure()
        .transform(
            e -> {
              LOG.warnf("Could not check exhibit %s with museums: %s", source.id(), e.toString());
              return ProblemException.unavailable(
                  "The source could not be checked: the museums service is not answering",
                  RETRY_AFTER_SECONDS);
            })
        .invoke(
            (Optional<ExhibitRecord> found) -> {
              ExhibitRecord exhibit =
                  found.orElseThrow(
                      () -> ProblemException.unprocessable("No published exhibit " + source.id()));
              if (!owner.equals(exhibit.museum())) {
                throw ProblemException.unprocessable(
                    "Exhibit " + source.id() + " is not one of " + owner + "'s own exhibits");
              }
            })
        .replaceWithVoid();
  }

  private Uni<ResourceResponse> respond(SharedResource r) {
    return sources(List.of(r)).map(exhibits -> ResourceMapper.toResponse(r, exhibits));
  }

  /**
   * What museums says now of the exhibits these resources share, in one batch read; when it cannot
   * be asked, the resources are shown without (their source's title and image null).
   */
  private Uni<Map<UUID, ExhibitRecord>> sources(List<SharedResource> shown) {
    List<UUID> ids = shown.stream().map(r -> r.sourceId).filter(Objects::nonNull).toList();
    if (ids.isEmpty()) {
      return Uni.createFrom().item(Map.of());
    }
    return museums
        .exhibits(ids)
        .onFailure()
        .recoverWithItem(
            e -> {
              LOG.warnf("Museums did not answer for %d exhibits: %s", ids.size(), e.toString());
              return Map.of();
            });
  }

  private Uni<SharedResource> visible(UUID id, Caller caller) {
    return resources
        .findById(id)
        .flatMap(
            r -> {
              if (r == null) {
                throw ProblemException.notFound("No shared resource " + id);
              }
              return memberships
                  .status(r.owner)
                  .flatMap(
                      ownerStatus ->
                          viewer(caller)
                              .map(
                                  viewer -> {
                                    if (!ResourceRules.visible(r, ownerStatus, viewer)) {
                                      throw ProblemException.notFound("No shared resource " + id);
                                    }
                                    return r;
                                  }));
            });
  }

  private Uni<ResourceRepository.Viewer> viewer(Caller caller) {
    String institution = caller.institution().orElse(null);
    boolean ownerReader =
        institution != null && caller.readsInternal(institution, Memberships.ACTORS);
    return memberships
        .approved(caller)
        .map(
            approved ->
                new ResourceRepository.Viewer(
                    caller.isAdmin(), institution, ownerReader, approved));
  }

  /** 400 unless a physical resource has a quantity (and only it) and every window is in order. */
  private static void check(ResourceRequest request) {
    List<FieldError> errors = new ArrayList<>();
    boolean physical = request.delivery() == Delivery.PHYSICAL;
    if (physical && request.quantity() == null) {
      errors.add(new FieldError("quantity", "is required for PHYSICAL resources"));
    }
    if (!physical && request.quantity() != null) {
      errors.add(new FieldError("quantity", "is only for PHYSICAL resources"));
    }
    List<AvailabilityWindow> windows =
        request.availability() == null ? List.of() : request.availability();
    for (int i = 0; i < windows.size(); i++) {
      if (windows.get(i).to().isBefore(windows.get(i).from())) {
        errors.add(new FieldError("availability[" + i + "].to", "must not be before from"));
      }
    }
    if (!errors.isEmpty()) {
      throw new ProblemException(
          ProblemType.VALIDATION, "Invalid shared resource", errors, Map.of());
    }
  }
}
