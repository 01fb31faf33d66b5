package org.gazetteer.alliance.stats;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.gazetteer.alliance.member.MemberStatus;
import org.gazetteer.alliance.member.MemberType;
import org.gazetteer.alliance.request.RequestStatus;
import org.gazetteer.alliance.resource.ResourceKind;
import org.gazetteer.alliance.resource.ResourceScope;
import org.gazetteer.common.time.Clocks;
import org.jboss.logging.Logger;

/**
 * The alliance's statistics: its own tables counted in grouped queries, while the other services'
 * summaries are read in parallel, each on its own timeout. A source that fails leaves its figures
 * null and is named with its problem; the rest is answered all the same.
 */
@ApplicationScoped
public class StatsService {

  private static final Logger LOG = Logger.getLogger(StatsService.class);

  /** How many months the monthly counts cover, this one included. */
  static final int MONTHS = 12;

  private final StatsRepository repository;
  private final NetworkClient network;
  private final Clock clock;

  StatsService(StatsRepository repository, NetworkClient network, Clock clock) {
    this.repository = repository;
    this.network = network;
    this.clock = clock;
  }

  /** One source's figures, or null with the problem that kept them away. */
  private record Answer<T>(T figures, SourceStatus status) {}

  @WithSession
  public Uni<AllianceStats> stats() {
    Uni<Answer<NetworkFigures.Museums>> museums = ask("museums", network.museums());
    Uni<Answer<NetworkFigures.ReadingRooms>> rooms = ask("reading-rooms", network.readingRooms());
    Uni<Answer<NetworkFigures.Events>> events = ask("events", network.events());
    return Uni.combine()
        .all()
        .unis(local(), museums, rooms, events)
        .asTuple()
        .map(
            t -> {
              AllianceStats own = t.getItem1();
              return new AllianceStats(
                  own.generatedAt(),
                  own.members(),
                  own.resources(),
                  own.requests(),
                  new NetworkFigures(
                      t.getItem2().figures(), t.getItem3().figures(), t.getItem4().figures()),
                  List.of(t.getItem2().status(), t.getItem3().status(), t.getItem4().status()));
            });
  }

  private static <T> Uni<Answer<T>> ask(String source, Uni<T> read) {
    return read.map(figures -> new Answer<>(figures, SourceStatus.up(source)))
        .onFailure()
        .recoverWithItem(
            e -> {
              String problem = problem(e);
              LOG.warnf("No %s figures for the alliance statistics: %s", source, problem);
              return new Answer<>(null, new SourceStatus(source, false, problem));
            });
  }

  /** What kept a source's figures away, in words for the admin (no stack, no internals). */
  static String problem(Throwable e) {
    if (e instanceof TimeoutException) {
      return "no answer in time";
    }
    if (e instanceof CircuitBreakerOpenException) {
      return "not asked: it failed repeatedly just now (circuit open)";
    }
    if (e instanceof WebApplicationException w) {
      return "answered HTTP " + w.getResponse().getStatus();
    }
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof java.net.ConnectException) {
        return "unreachable: connection refused";
      }
    }
    return "unreadable answer or broken connection (" + e.getClass().getSimpleName() + ")";
  }

  /** The alliance's own counts; the network parts are filled in by {@link #stats}. */
  private Uni<AllianceStats> local() {
    YearMonth thisMonth = YearMonth.now(clock.withZone(Clocks.NETWORK_ZONE));
    YearMonth first = thisMonth.minusMonths(MONTHS - 1L);
    return repository
        .counts(first.atDay(1))
        .flatMap(
            counts ->
                repository
                    .divisions()
                    .flatMap(
                        divisions ->
                            repository
                                .approvals()
                                .map(
                                    approvals ->
                                        new AllianceStats(
                                            OffsetDateTime.now(clock),
                                            members(counts, divisions),
                                            new AllianceStats.Resources(
                                                counts(
                                                    counts, "resource.kind", ResourceKind.values()),
                                                counts(
                                                    counts,
                                                    "resource.scope",
                                                    ResourceScope.values())),
                                            requests(counts, approvals, first),
                                            null,
                                            List.of()))));
  }

  private static AllianceStats.Members members(List<Object[]> counts, List<Object[]> divisions) {
    return new AllianceStats.Members(
        counts(counts, "member.status", MemberStatus.values()),
        counts(counts, "member.type", MemberType.values()),
        divisions.stream()
            .map(
                r ->
                    new AllianceStats.DivisionCount(
                        (String) r[0], (String) r[1], ((Number) r[2]).longValue()))
            .toList());
  }

  private static AllianceStats.Requests requests(
      List<Object[]> counts, Object[] approvals, YearMonth first) {
    List<AllianceStats.Month> months = new ArrayList<>();
    for (int i = 0; i < MONTHS; i++) {
      String month = first.plusMonths(i).toString();
      Map<String, Long> byStatus = counts(counts, month, RequestStatus.values());
      months.add(
          new AllianceStats.Month(
              month, byStatus.values().stream().mapToLong(Long::longValue).sum(), byStatus));
    }
    Number median = (Number) approvals[1];
    return new AllianceStats.Requests(
        counts(counts, "request.status", RequestStatus.values()),
        months,
        ((Number) approvals[0]).longValue(),
        median == null ? null : Math.round(median.doubleValue() * 10) / 10.0);
  }

  /** The counts of one group of (group, key, count) rows, every value of {@code keys} present. */
  private static <E extends Enum<E>> Map<String, Long> counts(
      List<Object[]> rows, String group, E[] keys) {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (E key : keys) {
      counts.put(key.name(), 0L);
    }
    for (Object[] r : rows) {
      if (group.equals(r[0])) {
        counts.merge((String) r[1], ((Number) r[2]).longValue(), Long::sum);
      }
    }
    return counts;
  }
}
