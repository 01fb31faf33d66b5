package org.gazetteer.alliance.resource;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gazetteer.alliance.audit.AllianceAuditAction;
import org.gazetteer.alliance.audit.AllianceRecordType;
import org.gazetteer.alliance.member.Memberships;
import org.gazetteer.common.audit.AuditTrail;
import org.gazetteer.common.http.Versions;
import org.gazetteer.common.paging.Cursor;
import org.gazetteer.common.paging.Page;
import org.gazetteer.common.persistence.Failures;
import org.gazetteer.common.problem.FieldError;
import org.gazetteer.common.problem.ProblemException;
import org.gazetteer.common.problem.ProblemType;
import org.gazetteer.common.security.Caller;

/**
 * Shared resources: published and changed by approved, non-suspended members (their alliance
 * members or curators); seen as {@link ResourceRules} says, in lists, search and reads alike.
 */
@ApplicationScoped
public class ResourceService {

  private final ResourceRepository resources;
  private final Memberships memberships;
  private final AuditTrail audit;

  ResourceService(ResourceRepository resources, Memberships memberships, AuditTrail audit) {
    this.resources = resources;
    this.memberships = memberships;
    this.audit = audit;
  }

  @WithSession
  public Uni<Page<ResourceResponse>> list(
      ResourceFilter filter, Caller caller, String cursor, int limit) {
    Cursor after = Cursor.decode(cursor, 2);
    return viewer(caller)
        .flatMap(viewer -> resources.list(filter, viewer, after, limit + 1))
        .map(
            rows ->
                Page.of(
                    rows,
                    limit,
                    r -> ResourceMapper.toResponse(r.resource()),
                    ResourceRepository.Listed::cursor));
  }

  /** A resource the caller may see; others do not exist for them (404). */
  @WithSession
  public Uni<ResourceResponse> get(UUID id, Caller caller) {
    return visible(id, caller).map(ResourceMapper::toResponse);
  }

  /** Publishes a resource of the caller's (approved, non-suspended) member institution. */
  @WithTransaction
  public Uni<ResourceResponse> create(ResourceRequest request, Caller caller) {
    check(request);
    return memberships
        .requireActingMember(caller, "Publishing a shared resource")
        .flatMap(
            owner -> {
              SharedResource r = new SharedResource();
              r.id = UUID.randomUUID();
              r.owner = owner;
              r.createdBy = caller.username();
              ResourceMapper.apply(request, r);
              return resources.persistAndFlush(r);
            })
        .call(
            r ->
                audit.recordChanges(
                    AllianceRecordType.RESOURCE,
                    r.id.toString(),
                    r.version,
                    AllianceAuditAction.CREATE,
                    caller.username(),
                    Map.of(),
                    ResourceMapper.snapshot(r)))
        .map(ResourceMapper::toResponse);
  }

  /** Replaces a resource's fields; needs the owner's approved membership and If-Match. */
  @WithTransaction
  public Uni<ResourceResponse> update(
      UUID id, ResourceRequest request, String ifMatch, Caller caller) {
    check(request);
    Versions.expected(ifMatch);
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
                        }))
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
            })
        .onFailure(Failures::stale)
        .transform(e -> Versions.stale())
        .map(ResourceMapper::toResponse);
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
    List<FieldError> errors = new java.util.ArrayList<>();
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
