package org.gazetteer.events.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The network-wide limits of events and registrations (the README lists them). */
@ConfigMapping(prefix = "events")
public interface EventsConfig {

  /** The most people one registration may bring (a school class registers as one party). */
  @WithDefault("5")
  int maxParty();

  /** The largest capacity a session may have, in people. */
  @WithDefault("10000")
  int maxCapacity();

  /** The most sessions one event may have, cancelled ones included. */
  @WithDefault("100")
  int maxSessions();
}
