package org.gazetteer.deploy.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;

/**
 * Many visitors reserving the same slot at once: every attempt is a {@code POST /api/reservations}
 * with its own visitor's token, all sent without waiting for an answer, each on its own HTTP/1.1
 * connection to the loopback address. Afterwards the database is asked what it holds.
 */
final class BookingContention {

  private static final Duration DEADLINE = Duration.ofMinutes(3);

  private final String serviceUrl;
  private final Connection database;

  BookingContention(String serviceUrl, Connection database) {
    this.serviceUrl = serviceUrl;
    this.database = database;
  }

  /** Sends one attempt per token for [start, end) of {@code room}, all at once. */
  BookingRound run(String room, OffsetDateTime start, OffsetDateTime end, List<String> tokens)
      throws Exception {
    String body =
        "{\"room\":\"" + room + "\",\"start\":\"" + iso(start) + "\",\"end\":\"" + iso(end) + "\"}";
    Histogram micros = new Histogram(TimeUnit.MINUTES.toMicros(5), 3);
    int[] counts = new int[3];
    AtomicLong lastAnswer = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      HttpClient client =
          HttpClient.newBuilder()
              .version(HttpClient.Version.HTTP_1_1)
              .connectTimeout(Duration.ofSeconds(30))
              .executor(pool)
              .build();
      List<CompletableFuture<Void>> answers = new ArrayList<>();
      long first = System.nanoTime();
      for (String token : tokens) {
        long sent = System.nanoTime();
        answers.add(
            client
                .sendAsync(request(token, body), HttpResponse.BodyHandlers.ofString())
                .thenAccept(response -> count(response, sent, micros, counts, lastAnswer)));
      }
      CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new))
          .get(DEADLINE.toSeconds(), TimeUnit.SECONDS);
      Duration wall = Duration.ofNanos(lastAnswer.get() - first);
      return new BookingRound(
          tokens.size(),
          counts[0],
          counts[1],
          counts[2],
          wall,
          micros,
          count("SELECT booked FROM seat_slot WHERE room_code = ? AND starts_at = ?", room, start),
          count(
              "SELECT count(*) FROM reservation WHERE room_code = ? AND starts_at = ?"
                  + " AND status = 'CONFIRMED'",
              room,
              start));
    } finally {
      pool.shutdownNow();
    }
  }

  private HttpRequest request(String token, String body) {
    return HttpRequest.newBuilder(URI.create(serviceUrl + "/api/reservations"))
        .timeout(DEADLINE)
        .header("Authorization", token)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
  }

  private static synchronized void count(
      HttpResponse<String> response, long sent, Histogram micros, int[] counts, AtomicLong last) {
    long now = System.nanoTime();
    micros.recordValue(TimeUnit.NANOSECONDS.toMicros(now - sent));
    last.accumulateAndGet(now, Math::max);
    boolean problem =
        response
            .headers()
            .firstValue("Content-Type")
            .orElse("")
            .startsWith("application/problem+json");
    if (response.statusCode() == 201) {
      counts[0]++;
    } else if (response.statusCode() == 409 && problem) {
      counts[1]++;
    } else {
      counts[2]++;
    }
  }

  private long count(String sql, String room, OffsetDateTime start) throws SQLException {
    try (PreparedStatement query = database.prepareStatement(sql)) {
      query.setString(1, room);
      query.setTimestamp(2, Timestamp.from(start.toInstant()));
      try (ResultSet rows = query.executeQuery()) {
        return rows.next() ? rows.getLong(1) : 0;
      }
    }
  }

  private static String iso(OffsetDateTime time) {
    return time.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }
}
