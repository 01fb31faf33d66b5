package org.gazetteer.deploy.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The measurements of the booking benchmark, on a running stack: bursts of concurrent attempts on a
 * 20-seat slot interleaved with bursts of plain inserts, then the near query against a primary-key
 * lookup in interleaved rounds.
 */
final class BookingMeasurement {

  static final int SEATS = 20;
  static final int ATTEMPTS = 500;
  static final int ROUNDS = 5;
  static final Rounds READS = new Rounds(100, 300, Duration.ofSeconds(180));
  static final String NEAR = "service: near (10 km, 20 rooms)";
  static final String PK = "service: room by code";

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final String ROOM = "bench-booking";

  private final String serviceUrl;
  private final BenchTokens tokens;
  private final Consumer<String> progress;

  BookingMeasurement(String serviceUrl, BenchTokens tokens, Consumer<String> progress) {
    this.serviceUrl = serviceUrl;
    this.tokens = tokens;
    this.progress = progress;
  }

  /** What the contention rounds measured. */
  record Contention(List<BookingRound> rounds, List<Duration> inserts) {}

  /** Registers the benchmark's room: 20 seats, open round the clock, 2-hour slots. */
  void createRoom() throws Exception {
    String body =
        "{\"code\":\""
            + ROOM
            + "\",\"name\":{\"zh\":\"基准测试阅览室\"},\"hostType\":\"LIBRARY\","
            + "\"hostName\":{\"zh\":\"基准测试\"},\"division\":\"510107\",\"seats\":"
            + SEATS
            + ","
            + "\"openingHours\":[{\"days\":[\"MON\",\"TUE\",\"WED\",\"THU\",\"FRI\",\"SAT\","
            + "\"SUN\"],\"opens\":\"00:00\",\"closes\":\"24:00\"}],\"slotMinutes\":120}";
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(serviceUrl + "/api/reading-rooms?institution=bench"))
            .header("Authorization", tokens.bearer("bench-admin", "sichuan", "network-admin"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    HttpResponse<String> created =
        HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    if (created.statusCode() != 201) {
      throw new IllegalStateException("could not create the room: " + created.body());
    }
  }

  /** One warm-up burst of each kind, then {@link #ROUNDS} interleaved measured bursts. */
  Contention contention(BookingContention booking, InsertBaseline inserts) throws Exception {
    LocalDate tomorrow = LocalDate.now(SHANGHAI).plusDays(1);
    progress.accept("warm-up: " + ATTEMPTS + " attempts, " + ATTEMPTS + " inserts");
    burst(booking, tomorrow, 0);
    inserts.run(ATTEMPTS);
    List<BookingRound> rounds = new ArrayList<>();
    List<Duration> insertTimes = new ArrayList<>();
    for (int round = 1; round <= ROUNDS; round++) {
      insertTimes.add(inserts.run(ATTEMPTS));
      BookingRound result = burst(booking, tomorrow, round);
      rounds.add(result);
      progress.accept(
          String.format(
              "round %d: %d confirmed, %d refused, %d other of %d in %d ms",
              round,
              result.confirmed(),
              result.refused(),
              result.other(),
              result.attempts(),
              result.wall().toMillis()));
    }
    return new Contention(rounds, insertTimes);
  }

  /** A burst on the {@code slot}-th 2-hour slot of {@code day}, by fresh visitors. */
  private BookingRound burst(BookingContention booking, LocalDate day, int slot) throws Exception {
    OffsetDateTime start = day.atStartOfDay(SHANGHAI).plusHours(2L * slot).toOffsetDateTime();
    List<String> visitors = new ArrayList<>();
    for (int i = 0; i < ATTEMPTS; i++) {
      visitors.add(tokens.bearer("bench-r" + slot + "-v" + i, null));
    }
    return booking.run(ROOM, start, start.plusHours(2), visitors);
  }

  /** The near query and the PK lookup in interleaved rounds. */
  Map<String, Latency> reads() throws Exception {
    RoomProbes probes = new RoomProbes(serviceUrl);
    Map<String, Rounds.Probe> calls = new LinkedHashMap<>();
    calls.put(NEAR, probes::near);
    calls.put(PK, probes::room);
    progress.accept("reads: " + READS);
    return READS.run(calls);
  }
}
