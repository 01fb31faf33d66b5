package org.gazetteer.events.calendar;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gazetteer.common.security.Caller;
import org.gazetteer.events.event.Event;
import org.gazetteer.events.event.EventAccess;
import org.gazetteer.events.event.EventFilter;
import org.gazetteer.events.event.EventListSql;
import org.gazetteer.events.event.EventStatus;
import org.gazetteer.events.session.EventSession;
import org.gazetteer.events.session.SessionRepository;
import org.gazetteer.events.session.SessionStatus;
import org.gazetteer.events.venue.VenueType;

/**
 * The sessions the calendar feeds show: published and cancelled events' sessions (cancelled ones
 * stay, so that subscribed calendars drop them), by default from 30 days back to a year ahead.
 */
@ApplicationScoped
public class CalendarService {

  /** How far back and ahead the network feed reaches without from and to. */
  static final Duration BACK = Duration.ofDays(30);

  static final Duration AHEAD = Duration.ofDays(365);

  /** The most sessions one feed holds, earliest first. */
  static final int MAX_SESSIONS = 2000;

  private final SessionRepository sessions;
  private final EventAccess access;
  private final Clock clock;

  CalendarService(SessionRepository sessions, EventAccess access, Clock clock) {
    this.sessions = sessions;
    this.access = access;
    this.clock = clock;
  }

  /** The network feed's entries for the list filters (their state, paging and cursor aside). */
  @WithSession
  public Uni<List<CalendarWriter.Entry>> network(EventFilter filter, URI base) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    OffsetDateTime from =
        filter.from() == null
            ? now.minus(BACK)
            : filter
                .from()
                .atTime(LocalTime.MIDNIGHT)
                .atZone(CalendarWriter.SHANGHAI)
                .toOffsetDateTime();
    OffsetDateTime to =
        filter.to() == null
            ? now.plus(AHEAD)
            : filter
                .to()
                .plusDays(1)
                .atTime(LocalTime.MIDNIGHT)
                .atZone(CalendarWriter.SHANGHAI)
                .toOffsetDateTime();
    StringBuilder sql =
        new StringBuilder(
            "SELECT CAST(s.id AS text) FROM event_session s JOIN event e ON e.id = s.event_id"
                + " WHERE e.status IN ('PUBLISHED', 'CANCELLED')"
                + " AND s.starts_at < :to AND s.ends_at > :from");
    Map<String, Object> params = new HashMap<>();
    params.put("from", from);
    params.put("to", to);
    EventListSql.appendFilters(filter, sql, params);
    sql.append(" ORDER BY s.starts_at, s.id LIMIT ").append(MAX_SESSIONS);
    return Panache.getSession()
        .flatMap(
            db -> {
              var select = db.createNativeQuery(sql.toString(), String.class);
              params.forEach(select::setParameter);
              return select.getResultList();
            })
        .map(ids -> ids.stream().map(UUID::fromString).toList())
        .flatMap(
            ids ->
                ids.isEmpty()
                    ? Uni.createFrom().item(List.<EventSession>of())
                    : sessions.list("id in ?1 order by startsAt, id", ids))
        .flatMap(
            found -> {
              List<UUID> eventIds = found.stream().map(s -> s.eventId).distinct().toList();
              if (eventIds.isEmpty()) {
                return Uni.createFrom().item(List.<CalendarWriter.Entry>of());
              }
              return Panache.getSession()
                  .flatMap(db -> db.find(Event.class, eventIds.toArray()))
                  .map(
                      events -> {
                        Map<UUID, Event> byId =
                            events.stream()
                                .collect(Collectors.toMap(e -> e.id, Function.identity()));
                        return found.stream()
                            .map(s -> entry(byId.get(s.eventId), s, base))
                            .toList();
                      });
            });
  }

  /** One event's entries, as the caller may see it. */
  @WithSession
  public Uni<EventFeed> event(UUID id, Caller caller, URI base) {
    return access
        .visible(id, caller)
        .flatMap(
            e ->
                sessions
                    .ofEvent(e.id)
                    .map(
                        all ->
                            new EventFeed(e, all.stream().map(s -> entry(e, s, base)).toList())));
  }

  /** An event and its feed's entries. */
  public record EventFeed(Event event, List<CalendarWriter.Entry> entries) {}

  static CalendarWriter.Entry entry(Event e, EventSession s, URI base) {
    boolean cancelled = s.status == SessionStatus.CANCELLED || e.status == EventStatus.CANCELLED;
    Instant modified =
        e.updatedAt.toInstant().isAfter(s.updatedAt.toInstant())
            ? e.updatedAt.toInstant()
            : s.updatedAt.toInstant();
    String summary = e.titleEn == null ? e.titleZh : e.titleZh + " / " + e.titleEn;
    StringBuilder description = new StringBuilder();
    if (e.descriptionZh != null) {
      description.append(e.descriptionZh);
    }
    if (e.descriptionEn != null) {
      description.append(description.isEmpty() ? "" : "\n").append(e.descriptionEn);
    }
    return new CalendarWriter.Entry(
        s.id + "@events.gazetteer",
        (int) Math.min(Integer.MAX_VALUE, e.version + s.version),
        s.startsAt,
        s.endsAt,
        summary,
        description.isEmpty() ? null : description.toString(),
        location(e),
        e.venueLat,
        e.venueLon,
        base.resolve("api/events/" + e.id),
        cancelled,
        e.kind.zh() + " / " + e.kind.en(),
        modified);
  }

  private static String location(Event e) {
    if (e.venueType == VenueType.ONLINE) {
      return e.venueUrl;
    }
    if (e.venueNameZh != null && e.venueAddressZh != null) {
      return e.venueNameZh + "，" + e.venueAddressZh;
    }
    return e.venueNameZh != null ? e.venueNameZh : e.venueAddressZh;
  }
}
