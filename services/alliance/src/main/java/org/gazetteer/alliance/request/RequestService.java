package org.gazetteer.alliance.request;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.gazetteer.alliance.member.MemberStatus;
import org.gazetteer.alliance.member.MemberSummary;
import org.gazetteer.alliance.member.Memberships;
import org.gazetteer.alliance.resource.AvailabilityWindow;
import org.gazetteer.alliance.resource.Delivery;
import org.gazetteer.alliance.resource.Requestable;
import org.gazetteer.alliance.resource.ResourceService;
import org.gazetteer.common.http.Versions;
import org.gazetteer.common.paging.Cursor;
import org.gazetteer.common.paging.Page;
import org.gazetteer.common.persistence.Failures;
import org.gazetteer.common.problem.FieldError;
import org.gazetteer.common.problem.ProblemException;
import org.gazetteer.common.problem.ProblemType;
import org.gazetteer.common.security.Caller;
import org.gazetteer.common.security.ListScope;
import org.gazetteer.common.time.Clocks;

/**
 * Requests between members: one member asks for another's resource, and each side takes its steps
 * of {@link RequestStateMachine}. A request is read by the alliance members and curators of its two
 * members and by admins; admins act for neither side. Approvals of physical loans are held against
 * the resource's quantity day by day, in the database ({@code resource_day}).
 */
@ApplicationScoped
public class RequestService {

  /** A concurrent step won: the loser reads the request again. */
  private static final Supplier<ProblemException> CHANGED_MEANWHILE =
      () ->
          ProblemException.conflict(
              "The request changed meanwhile; read it again before the next step");

  private final RequestRepository requests;
  private final ResourceService resources;
  private final Memberships memberships;
  private final Clock clock;

  RequestService(
      RequestRepository requests, ResourceService resources, Memberships memberships, Clock clock) {
    this.requests = requests;
    this.resources = resources;
    this.memberships = memberships;
    this.clock = clock;
  }

  /**
   * Requests a resource for the caller's approved member: one the caller may see, of another
   * approved member, within its availability and quantity. {@code keep} runs inside the transaction
   * with the response (the idempotency store).
   */
  public Uni<RequestResponse> create(
      NewRequest body, Caller caller, Function<RequestResponse, Uni<Void>> keep) {
    checkDates(body);
    return Panache.withTransaction(
        () ->
            memberships
                .requireActingMember(caller, "Requesting a shared resource")
                .flatMap(
                    requester ->
                        resources
                            .requestable(body.resource(), caller)
                            .flatMap(
                                found -> {
                                  Requestable resource =
                                      found.orElseThrow(
                                          () ->
                                              ProblemException.unprocessable(
                                                  "No shared resource "
                                                      + body.resource()
                                                      + " that you may see"));
                                  return memberships
                                      .status(resource.owner())
                                      .flatMap(
                                          ownerStatus ->
                                              open(body, resource, ownerStatus, requester, caller));
                                }))
                .flatMap(r -> respond(r, caller))
                .call(keep::apply));
  }

  private Uni<ShareRequest> open(
      NewRequest body,
      Requestable resource,
      MemberStatus ownerStatus,
      String requester,
      Caller caller) {
    if (resource.owner().equals(requester)) {
      throw ProblemException.unprocessable("A member does not request its own resource");
    }
    if (ownerStatus != MemberStatus.APPROVED) {
      throw ProblemException.unprocessable(
          "The owner " + resource.owner() + " is " + ownerStatus + " and lends nothing now");
    }
    Integer quantity = quantity(body, resource);
    checkAvailability(body, resource.availability());
    ShareRequest r = new ShareRequest();
    r.id = UUID.randomUUID();
    r.resource = resource.id();
    r.owner = resource.owner();
    r.requester = requester;
    r.delivery = resource.delivery();
    r.quantity = quantity;
    r.purpose = body.purpose().strip();
    r.from = body.from();
    r.to = body.to();
    r.requestedBy = caller.username();
    // The request's row first: a step's insert runs at once (its id is the database's).
    return requests
        .persistAndFlush(r)
        .call(() -> step(r, TimelineAction.REQUEST, Party.REQUESTER, caller, null))
        .replaceWith(r);
  }

  /**
   * Takes {@code action} for the caller's side. {@code If-Match}, when sent, must name the version
   * the caller read; a replayed action meets the state it already led to (409).
   */
  public Uni<RequestResponse> act(
      UUID id, RequestAction action, StepRequest body, String ifMatch, Caller caller) {
    StepRequest step = body == null ? StepRequest.NONE : body;
    checkBody(action, step);
    String member = memberships.requireActor(caller, "Taking a step of a request");
    return Panache.withTransaction(
            () ->
                party(id, member)
                    .flatMap(
                        r -> {
                          if (ifMatch != null) {
                            Versions.check(ifMatch, r.version);
                          }
                          return frozen(r)
                              .flatMap(frozen -> apply(r, action, step, frozen, caller));
                        })
                    .call(requests::flush))
        .onFailure(Failures::stale)
        .transform(e -> CHANGED_MEANWHILE.get())
        .onFailure(e -> Failures.violated(e, "resource_day_within_quantity"))
        .transform(
            e ->
                ProblemException.conflict(
                    "Not enough items are free on every day asked for: another request was"
                        + " approved for those days meanwhile"))
        .flatMap(r -> Panache.withSession(() -> respond(r, caller)));
  }

  private Uni<ShareRequest> apply(
      ShareRequest r, RequestAction action, StepRequest step, boolean frozen, Caller caller) {
    Party party = r.partyOf(caller.institution().orElseThrow());
    RequestStatus next = RequestStateMachine.next(r.status, action, party, r.delivery, frozen);
    // The days are checked before the request changes: a query flushes the session first, and a
    // request already approved would count its own items.
    Uni<Void> checked =
        next == RequestStatus.APPROVED ? checkHoldings(r) : Uni.createFrom().voidItem();
    return checked
        .invoke(() -> change(r, action, step, party, next))
        .call(() -> step(r, TimelineAction.of(action), party, caller, step.note()))
        .replaceWith(r);
  }

  private void change(
      ShareRequest r, RequestAction action, StepRequest step, Party party, RequestStatus next) {
    if (next == RequestStatus.APPROVED) {
      r.obligations =
          new StoredObligations(RequestRules.obligations(r.delivery, r.conditions.items()));
    }
    r.status = next;
    switch (action) {
      case OFFER_CONDITIONS -> r.conditions = new StoredConditions(step.conditions());
      case CONFIRM_RETURN -> {
        if (step.report() != null) {
          r.returnReport = step.report().strip();
          r.obligations =
              new StoredObligations(
                  RequestRules.meet(
                      r, ObligationKind.CONDITION_REPORT, party, r.returnReport, now()));
        }
      }
      case CLOSE -> RequestRules.requireMet(r);
      default -> {}
    }
  }

  /**
   * Meets an obligation of a loan for the caller's side: the owner's condition report once the loan
   * is back, the borrower's citation once it has arrived.
   */
  public Uni<RequestResponse> meet(
      UUID id, ObligationKind kind, ObligationReport report, Caller caller) {
    String member = memberships.requireActor(caller, "Meeting an obligation of a request");
    return Panache.withTransaction(
            () ->
                party(id, member)
                    .flatMap(
                        r -> {
                          Party party = r.partyOf(member);
                          String note = report.note().strip();
                          r.obligations =
                              new StoredObligations(RequestRules.meet(r, kind, party, note, now()));
                          if (kind == ObligationKind.CONDITION_REPORT) {
                            r.returnReport = note;
                          }
                          return step(
                                  r,
                                  TimelineAction.MEET_OBLIGATION,
                                  party,
                                  caller,
                                  kind.path() + ": " + note)
                              .replaceWith(r);
                        })
                    .call(requests::flush))
        .onFailure(Failures::stale)
        .transform(e -> CHANGED_MEANWHILE.get())
        .flatMap(r -> Panache.withSession(() -> respond(r, caller)));
  }

  /**
   * A request the caller may read: one of its member's sides' (its alliance members and curators),
   * any for admins; 404 for everyone else, as for an unknown id.
   */
  @WithSession
  public Uni<RequestResponse> get(UUID id, Caller caller) {
    caller.requireLogin("Reading a request");
    Uni<ShareRequest> found =
        caller.isAdmin()
            ? requests.findById(id).invoke(r -> requireFound(r, id))
            : party(id, reader(caller));
    return found.flatMap(r -> respond(r, caller));
  }

  /**
   * One page of requests, newest first: a member's own (both sides or one), or for admins every
   * request or one member's. Any other login finds none.
   */
  @WithSession
  public Uni<Page<RequestResponse>> list(
      RequestFilter asked, Caller caller, String cursor, int limit) {
    caller.requireLogin("Reading requests");
    Cursor after = Cursor.decode(cursor, 2);
    ListScope scope = ListScope.restricted(caller, asked.member(), "any", Memberships.ACTORS);
    if (scope.empty()) {
      return Uni.createFrom().item(Page.empty());
    }
    RequestFilter filter =
        new RequestFilter(
            scope.institution(), asked.side(), asked.status(), asked.resource(), asked.overdue());
    return requests
        .list(filter, today(), after, limit + 1)
        .flatMap(
            rows -> {
              Page<ShareRequest> page =
                  Page.of(rows, limit, r -> r, r -> Cursor.of(r.createdAt, r.id));
              return respond(page.items(), caller).map(items -> new Page<>(items, page.next()));
            });
  }

  /** The institution whose requests the caller reads: null when they read none. */
  private static String reader(Caller caller) {
    String own = caller.institution().orElse(null);
    return own != null && caller.readsInternal(own, Memberships.ACTORS) ? own : null;
  }

  /** The request, if {@code member} is one of its sides; 404 otherwise, as for an unknown id. */
  private Uni<ShareRequest> party(UUID id, String member) {
    return requests
        .findById(id)
        .invoke(
            r -> {
              requireFound(r, id);
              if (member == null || r.partyOf(member) == null) {
                throw notFound(id);
              }
            });
  }

  private static void requireFound(ShareRequest r, UUID id) {
    if (r == null) {
      throw notFound(id);
    }
  }

  private static ProblemException notFound(UUID id) {
    return ProblemException.notFound("No request " + id);
  }

  /** Whether either side is suspended (or otherwise not approved): the request is frozen. */
  private Uni<Boolean> frozen(ShareRequest r) {
    return memberships.summaries(Set.of(r.owner, r.requester)).map(members -> frozen(r, members));
  }

  private static boolean frozen(ShareRequest r, Map<String, MemberSummary> members) {
    return Stream.of(r.owner, r.requester)
        .map(members::get)
        .anyMatch(m -> m.status() != MemberStatus.APPROVED);
  }

  /** 409 naming the first day on which approving would hold more items than there are. */
  private Uni<Void> checkHoldings(ShareRequest r) {
    if (r.delivery != Delivery.PHYSICAL) {
      return Uni.createFrom().voidItem();
    }
    return resources
        .requested(Set.of(r.resource))
        .flatMap(
            found -> {
              int stock = found.get(r.resource).quantity();
              return requests.shortfall(r.resource, r.from, r.to, r.quantity, stock);
            })
        .invoke(
            shortfall ->
                shortfall.ifPresent(
                    s -> {
                      throw ProblemException.conflict(
                          "On "
                              + s.day()
                              + " approved requests hold "
                              + s.held()
                              + " of "
                              + s.quantity()
                              + " items; "
                              + r.quantity
                              + " more do not fit");
                    }))
        .replaceWithVoid();
  }

  private Uni<Void> step(
      ShareRequest r, TimelineAction action, Party party, Caller caller, String note) {
    RequestStep s = new RequestStep();
    s.request = r.id;
    s.action = action;
    s.status = action == TimelineAction.REQUEST ? RequestStatus.REQUESTED : r.status;
    s.party = party;
    s.member = r.member(party);
    s.actor = caller.username();
    s.note = note == null || note.isBlank() ? null : note.strip();
    return requests.record(s);
  }

  private Uni<RequestResponse> respond(ShareRequest r, Caller caller) {
    return respond(List.of(r), caller).map(items -> items.get(0));
  }

  /** The responses to these requests, with their resources, members and timelines read in batch. */
  private Uni<List<RequestResponse>> respond(List<ShareRequest> shown, Caller caller) {
    if (shown.isEmpty()) {
      return Uni.createFrom().item(List.of());
    }
    Set<UUID> ids = shown.stream().map(r -> r.id).collect(Collectors.toSet());
    Set<UUID> resourceIds = shown.stream().map(r -> r.resource).collect(Collectors.toSet());
    Set<String> codes =
        shown.stream().flatMap(r -> Stream.of(r.owner, r.requester)).collect(Collectors.toSet());
    LocalDate today = today();
    return resources
        .requested(resourceIds)
        .flatMap(
            found ->
                memberships
                    .summaries(codes)
                    .flatMap(
                        members ->
                            requests
                                .steps(ids)
                                .map(
                                    steps -> {
                                      Map<UUID, List<RequestStep>> byRequest =
                                          steps.stream()
                                              .collect(
                                                  Collectors.groupingBy(
                                                      s -> s.request,
                                                      Collectors.toCollection(ArrayList::new)));
                                      return shown.stream()
                                          .map(
                                              r ->
                                                  RequestMapper.toResponse(
                                                      r,
                                                      found.get(r.resource),
                                                      members,
                                                      byRequest.getOrDefault(r.id, List.of()),
                                                      frozen(r, members),
                                                      caller,
                                                      today))
                                          .toList();
                                    })));
  }

  private Integer quantity(NewRequest body, Requestable resource) {
    if (resource.delivery() != Delivery.PHYSICAL) {
      if (body.quantity() != null) {
        throw ProblemException.invalid("quantity", "is only for PHYSICAL resources");
      }
      return null;
    }
    int quantity = body.quantity() == null ? 1 : body.quantity();
    if (quantity > resource.quantity()) {
      throw ProblemException.unprocessable(
          "The resource has " + resource.quantity() + " items; " + quantity + " were asked for");
    }
    return quantity;
  }

  /** 422 unless the days asked for lie in one of the resource's windows (if it has any). */
  private static void checkAvailability(NewRequest body, List<AvailabilityWindow> windows) {
    if (!windows.isEmpty()
        && windows.stream()
            .noneMatch(w -> !body.from().isBefore(w.from()) && !body.to().isAfter(w.to()))) {
      throw ProblemException.unprocessable(
          "The resource is not available from "
              + body.from()
              + " to "
              + body.to()
              + "; its windows: "
              + windows.stream()
                  .map(w -> w.from() + "–" + w.to())
                  .collect(Collectors.joining(", ")));
    }
  }

  /** 400 for days in the past, reversed, or a year or more apart. */
  private void checkDates(NewRequest body) {
    List<FieldError> errors = new ArrayList<>();
    if (body.from().isBefore(today())) {
      errors.add(new FieldError("from", "must be today or later"));
    }
    if (body.to().isBefore(body.from())) {
      errors.add(new FieldError("to", "must not be before from"));
    } else if (!body.to().isBefore(body.from().plusDays(366))) {
      errors.add(new FieldError("to", "must be less than 366 days after from"));
    }
    if (!errors.isEmpty()) {
      throw new ProblemException(ProblemType.VALIDATION, "Invalid request", errors, Map.of());
    }
  }

  /** 400 for a body part the action does not take, or conditions missing from an offer. */
  private static void checkBody(RequestAction action, StepRequest step) {
    if (action == RequestAction.OFFER_CONDITIONS) {
      if (step.conditions() == null) {
        throw ProblemException.invalid("conditions", "are required to offer conditions");
      }
      for (int i = 0; i < step.conditions().size(); i++) {
        Condition c = step.conditions().get(i);
        boolean needsNote = c.kind() == ConditionKind.INSURANCE || c.kind() == ConditionKind.OTHER;
        if (needsNote && (c.note() == null || c.note().isBlank())) {
          throw ProblemException.invalid(
              "conditions[" + i + "].note", "is required for " + c.kind());
        }
      }
    } else if (step.conditions() != null) {
      throw ProblemException.invalid("conditions", "are only for offer-conditions");
    }
    if (action != RequestAction.CONFIRM_RETURN && step.report() != null) {
      throw ProblemException.invalid("report", "is only for confirm-return");
    }
    if (step.report() != null && step.report().isBlank()) {
      throw ProblemException.invalid("report", "must not be blank");
    }
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(Clocks.NETWORK_ZONE));
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }
}
