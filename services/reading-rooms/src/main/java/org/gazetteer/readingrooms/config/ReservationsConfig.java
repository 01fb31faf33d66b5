package org.gazetteer.readingrooms.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * The network-wide reservation rules (docs/architecture.md): how many seats one visitor may hold,
 * when check-in opens, and how long a seat waits for its visitor before it is released to others.
 */
@ConfigMapping(prefix = "reading-rooms.reservations")
public interface ReservationsConfig {

  /** Active reservations (confirmed, not yet over) one visitor may hold across all rooms. */
  @WithDefault("2")
  int maxActive();

  /** How long after a slot starts an unclaimed seat is released as a no-show. */
  @WithDefault("PT15M")
  Duration noShowGrace();

  /** How long before a slot starts staff may check its visitors in. */
  @WithDefault("PT30M")
  Duration checkInOpensBefore();

  /** How often the no-show release runs; {@code off} disables it. */
  @WithDefault("1m")
  String releaseEvery();
}
