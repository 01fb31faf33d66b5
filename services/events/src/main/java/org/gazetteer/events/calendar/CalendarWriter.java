package org.gazetteer.events.calendar;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Geo;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Name;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RefreshInterval;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Source;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Writes sessions as an RFC 5545 calendar with ical4j: the time zone Asia/Shanghai as a VTIMEZONE
 * from the library's bundled data (never fetched), one VEVENT per session with a stable UID, a
 * SEQUENCE that grows with every change, STATUS:CANCELLED for a cancelled session, and the RFC 7986
 * calendar properties NAME, DESCRIPTION, REFRESH-INTERVAL and SOURCE.
 */
final class CalendarWriter {

  static final String MEDIA_TYPE = "text/calendar";

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  /** How often subscribed calendars should fetch the feed again. */
  static final Duration REFRESH = Duration.ofHours(1);

  private static final String PRODUCT = "-//Gazetteer Museum Network//Events//ZH";

  private static final VTimeZone ZONE = bundledZone();

  private CalendarWriter() {}

  /** One session of the feed and what its VEVENT says. */
  record Entry(
      String uid,
      int sequence,
      java.time.OffsetDateTime start,
      java.time.OffsetDateTime end,
      String summary,
      String description,
      String location,
      Double lat,
      Double lon,
      URI url,
      boolean cancelled,
      String category,
      Instant modified) {}

  /** The feed named {@code name} at {@code source}, with {@code entries} in order. */
  static String write(String name, String description, URI source, List<Entry> entries) {
    Calendar calendar = new Calendar();
    calendar.add(new ProdId(PRODUCT));
    calendar.add(ImmutableVersion.VERSION_2_0);
    calendar.add(ImmutableCalScale.GREGORIAN);
    calendar.add(ImmutableMethod.PUBLISH);
    calendar.add(new Name(name));
    calendar.add(new Description(description));
    calendar.add(new RefreshInterval(new ParameterList(List.of(Value.DURATION)), REFRESH));
    calendar.add(new Source(new ParameterList(List.of(Value.URI)), source.toString()));
    // what clients that predate RFC 7986 read instead
    calendar.add(new XProperty("X-WR-CALNAME", name));
    calendar.add(new XProperty("X-WR-TIMEZONE", SHANGHAI.getId()));
    calendar.add(new XProperty("X-PUBLISHED-TTL", REFRESH.toString()));
    calendar.add(ZONE);
    for (Entry e : entries) {
      calendar.add(event(e));
    }
    StringWriter out = new StringWriter();
    try {
      new CalendarOutputter(false).output(calendar, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static VEvent event(Entry e) {
    VEvent event =
        new VEvent(
            e.start().atZoneSameInstant(SHANGHAI),
            e.end().atZoneSameInstant(SHANGHAI),
            e.summary());
    event.add(new Uid(e.uid()));
    // The constructor stamps the event with the current instant; the feed says when the event
    // last changed instead, so that the same feed reads the same (and keeps its ETag).
    event.replace(new DtStamp(e.modified()));
    event.add(new LastModified(e.modified()));
    event.add(new Sequence(e.sequence()));
    event.add(e.cancelled() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
    if (e.description() != null) {
      event.add(new Description(e.description()));
    }
    if (e.location() != null) {
      event.add(new Location(e.location()));
    }
    if (e.lat() != null && e.lon() != null) {
      event.add(new Geo(BigDecimal.valueOf(e.lat()), BigDecimal.valueOf(e.lon())));
    }
    event.add(new Url(e.url()));
    event.add(new Categories(e.category()));
    return event;
  }

  private static VTimeZone bundledZone() {
    TimeZoneRegistry registry = TimeZoneRegistryFactory.getInstance().createRegistry();
    net.fortuna.ical4j.model.TimeZone zone = registry.getTimeZone(SHANGHAI.getId());
    if (zone == null) {
      throw new IllegalStateException("ical4j has no bundled definition of " + SHANGHAI);
    }
    return zone.getVTimeZone();
  }
}
