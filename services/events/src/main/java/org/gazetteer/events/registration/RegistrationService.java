package org.gazetteer.events.registration;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import org.gazetteer.common.paging.Cursor;
import org.gazetteer.common.paging.Page;
import org.gazetteer.common.persistence.Failures;
import org.gazetteer.common.problem.ProblemException;
import org.gazetteer.common.security.Caller;
import org.gazetteer.common.security.CheckInCodes;
import org.gazetteer.common.security.Roles;
import org.gazetteer.events.config.EventsConfig;

/**
 * Registrations of parties for sessions, the waitlist, and check-in. Every change of a session's
 * places runs with its row locked ({@link Waitlist}); the database keeps the counter below the
 * capacity and one open registration per person and session.
 */
@ApplicationScoped
public class RegistrationService {

  /** Why a registration ended when its registrant cancelled it. */
  public static final String REGISTRANT = "REGISTRANT";

  /** How long before a session starts its check-in opens. */
  static final Duration CHECK_IN_OPENS = Duration.ofHours(1);

  private static final int CODE_LENGTH = 8;

  private final RegistrationRepository registrations;
  private final Waitlist waitlist;
  private final EventsConfig config;
  private final Clock clock;

  RegistrationService(
      RegistrationRepository registrations, Waitlist waitlist, EventsConfig config, Clock clock) {
    this.registrations = registrations;
    this.waitlist = waitlist;
    this.config = config;
    this.clock = clock;
  }

  /**
   * Registers the caller's party: confirmed when it fits the free places, else waitlisted as one
   * entry. {@code keep} runs inside the transaction with the response (the idempotency store).
   */
  public Uni<RegistrationResponse> register(
      RegistrationRequest request, Caller caller, Function<RegistrationResponse, Uni<Void>> keep) {
    caller.requireLogin("Registering for a session");
    if (request.party() > config.maxParty()) {
      throw ProblemException.invalid("party", "must be at most " + config.maxParty());
    }
    return Panache.withTransaction(
            () ->
                waitlist
                    .lock(request.session())
                    .flatMap(session -> admit(session, request, caller))
                    .flatMap(r -> registrations.flush().replaceWith(r))
                    .flatMap(r -> respond(r, caller))
                    .call(r -> keep.apply(r)))
        .onFailure(e -> Failures.violated(e, "registration_one_per_person"))
        .transform(
            e -> ProblemException.conflict("You already have a registration for this session"))
        .onFailure(e -> Failures.violated(e, "registration_check_in_code"))
        .transform(e -> ProblemException.unavailable("Please send the registration again", 1));
  }

  private Uni<Registration> admit(
      Waitlist.Locked session, RegistrationRequest request, Caller caller) {
    if (session == null || "DRAFT".equals(session.eventStatus())) {
      throw ProblemException.unprocessable("No session " + request.session() + " open to register");
    }
    if ("CANCELLED".equals(session.eventStatus()) || "CANCELLED".equals(session.status())) {
      throw ProblemException.conflict("The session is cancelled");
    }
    if (!now().isBefore(session.startsAt())) {
      throw ProblemException.conflict("Registration closed when the session started");
    }
    int party = request.party();
    if (party > session.capacity()) {
      throw ProblemException.conflict(
          "A party of "
              + party
              + " is larger than the session, which takes "
              + session.capacity()
              + " people");
    }
    Registration r = new Registration();
    r.id = UUID.randomUUID();
    r.sessionId = session.id();
    r.eventId = session.eventId();
    r.registrant = caller.username();
    r.party = party;
    r.checkInCode = CheckInCodes.next(CODE_LENGTH);
    r.status =
        party <= session.free() ? RegistrationStatus.CONFIRMED : RegistrationStatus.WAITLISTED;
    Uni<Void> places =
        r.status == RegistrationStatus.CONFIRMED
            ? waitlist.confirm(session.id(), party)
            : Uni.createFrom().voidItem();
    return registrations.persist(r).call(registrations::flush).call(() -> places);
  }

  /** The caller's registrations, latest first. */
  @WithSession
  public Uni<Page<RegistrationResponse>> mine(Caller caller, String cursor, int limit) {
    caller.requireLogin("Your registrations");
    Cursor after = Cursor.decode(cursor, 2);
    return registrations
        .mine(caller.username(), after, limit + 1)
        .flatMap(
            rows -> {
              Page<Registration> page =
                  Page.of(rows, limit, r -> r, r -> Cursor.of(r.createdAt, r.id));
              return responses(page.items(), true).map(items -> new Page<>(items, page.next()));
            });
  }

  /** A registration, for its registrant (with the code) and the event's organizers and admins. */
  @WithSession
  public Uni<RegistrationResponse> get(UUID id, Caller caller) {
    return readable(id, caller).flatMap(r -> respond(r, caller));
  }

  /**
   * The registrant cancels, until the session starts. The freed places go to the waiting parties
   * that fit, in line order, in the same transaction.
   */
  public Uni<RegistrationResponse> cancel(UUID id, Caller caller) {
    return Panache.withTransaction(
        () ->
            own(id, caller)
                .flatMap(
                    r ->
                        waitlist
                            .lock(r.sessionId)
                            .flatMap(
                                session ->
                                    Panache.getSession()
                                        .flatMap(db -> db.refresh(r))
                                        .replaceWith(session))
                            .flatMap(
                                session -> {
                                  if (r.status == RegistrationStatus.CANCELLED) {
                                    throw ProblemException.conflict(
                                        "The registration is already cancelled");
                                  }
                                  if (!now().isBefore(session.startsAt())) {
                                    throw ProblemException.conflict(
                                        "The session has started; registrations no longer cancel");
                                  }
                                  boolean held = r.status == RegistrationStatus.CONFIRMED;
                                  r.status = RegistrationStatus.CANCELLED;
                                  r.cancelReason = REGISTRANT;
                                  r.cancelledAt = now();
                                  return registrations
                                      .flush()
                                      .call(
                                          () ->
                                              held
                                                  ? waitlist.confirm(r.sessionId, -r.party)
                                                  : Uni.createFrom().voidItem())
                                      .call(() -> waitlist.promote(r.sessionId))
                                      .replaceWith(r);
                                }))
                .flatMap(r -> respond(r, caller)));
  }

  /**
   * Checks a confirmed party in, by its registration id: how many of it came (all when {@code
   * people} is null). For the event's organizers and admins, from an hour before the session starts
   * until it ends.
   */
  public Uni<RegistrationResponse> checkIn(UUID id, Integer people, Caller caller) {
    return Panache.withTransaction(
        () -> readable(id, caller).flatMap(r -> checkIn(r, people, caller)));
  }

  /** Checks a party in by the code its registrant shows, among the session's registrations. */
  public Uni<RegistrationResponse> checkInByCode(
      UUID sessionId, String code, Integer people, Caller caller) {
    String normalised = code.strip().toUpperCase(Locale.ROOT);
    return Panache.withTransaction(
        () ->
            registrations
                .byCode(sessionId, normalised)
                .flatMap(
                    r -> {
                      if (r == null) {
                        throw ProblemException.conflict(
                            "No open registration of this session has that code");
                      }
                      return checkIn(r, people, caller);
                    }));
  }

  private Uni<RegistrationResponse> checkIn(Registration r, Integer people, Caller caller) {
    return waitlist
        .lock(r.sessionId)
        .flatMap(
            session -> {
              caller.requireWrite(Roles.EVENT_ORGANIZER, session.organizer());
              if (r.status != RegistrationStatus.CONFIRMED) {
                throw ProblemException.conflict(
                    "Only a confirmed registration checks in; this one is " + r.status);
              }
              if (r.checkedIn != null) {
                throw ProblemException.conflict("The party is already checked in");
              }
              OffsetDateTime now = now();
              if (now.isBefore(session.startsAt().minus(CHECK_IN_OPENS))
                  || now.isAfter(session.endsAt())) {
                throw ProblemException.conflict(
                    "Check-in is open from an hour before the session until it ends");
              }
              int came = people == null ? r.party : people;
              if (came < 1 || came > r.party) {
                throw ProblemException.invalid("people", "must be 1 to the party's " + r.party);
              }
              r.checkedIn = came;
              r.checkedInAt = now;
              return registrations.flush().replaceWith(r);
            })
        .flatMap(x -> respond(r, caller));
  }

  /**
   * One page of a session's attendee list, in the order the parties came (organizers and admins:
   * 401 anonymous, 403 for anyone else; 404 when the event has no such session).
   */
  @WithSession
  public Uni<Page<Attendee>> attendees(
      UUID eventId, UUID sessionId, Caller caller, String cursor, int limit) {
    Cursor after = Cursor.decode(cursor, 1);
    long afterQueue = after == null ? 0 : parse(after.key(0));
    return registrations
        .organizerOf(eventId, sessionId)
        .invoke(
            organizer -> {
              if (organizer == null) {
                throw ProblemException.notFound("No session " + sessionId + " of event " + eventId);
              }
              caller.requireInternalRead("The attendee list", organizer, Roles.EVENT_ORGANIZER);
            })
        .flatMap(organizer -> registrations.ofSession(sessionId, afterQueue, limit + 1))
        .flatMap(
            rows ->
                registrations
                    .positions(rows)
                    .map(
                        positions ->
                            Page.of(
                                rows,
                                limit,
                                r ->
                                    new Attendee(
                                        r.id,
                                        r.registrant,
                                        r.party,
                                        r.status,
                                        positions.get(r.id),
                                        r.checkedIn,
                                        r.createdAt),
                                r -> Cursor.of(String.valueOf(r.queueNo)))));
  }

  /** The registration, if the caller is its registrant; else a 404. */
  private Uni<Registration> own(UUID id, Caller caller) {
    caller.requireLogin("Cancelling a registration");
    return registrations
        .findById(id)
        .map(
            r -> {
              if (r == null || !r.registrant.equals(caller.username())) {
                throw ProblemException.notFound("No registration " + id + " of yours");
              }
              return r;
            });
  }

  /** The registration, if the caller is its registrant or reads its event's internal parts. */
  private Uni<Registration> readable(UUID id, Caller caller) {
    caller.requireLogin("A registration");
    return registrations
        .findById(id)
        .flatMap(
            r -> {
              if (r == null) {
                throw ProblemException.notFound("No registration " + id);
              }
              if (r.registrant.equals(caller.username())) {
                return Uni.createFrom().item(r);
              }
              return registrations
                  .organizerOf(r.eventId)
                  .map(
                      organizer -> {
                        if (!caller.readsInternal(organizer, Roles.EVENT_ORGANIZER)) {
                          throw ProblemException.notFound("No registration " + id);
                        }
                        return r;
                      });
            });
  }

  private Uni<RegistrationResponse> respond(Registration r, Caller caller) {
    return responses(List.of(r), r.registrant.equals(caller.username())).map(list -> list.get(0));
  }

  private Uni<List<RegistrationResponse>> responses(List<Registration> rows, boolean registrant) {
    return registrations
        .positions(rows)
        .flatMap(
            positions ->
                registrations
                    .starts(rows)
                    .map(
                        starts ->
                            rows.stream()
                                .map(
                                    r ->
                                        new RegistrationResponse(
                                            r.id,
                                            r.eventId,
                                            r.sessionId,
                                            starts.get(r.sessionId),
                                            r.party,
                                            r.status,
                                            positions.get(r.id),
                                            registrant ? r.checkInCode : null,
                                            r.checkedIn,
                                            r.cancelReason,
                                            r.createdAt,
                                            r.version))
                                .toList()));
  }

  private static long parse(String key) {
    try {
      return Long.parseLong(key);
    } catch (NumberFormatException e) {
      throw ProblemException.invalid("cursor", "is not a cursor this list handed out");
    }
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }
}
