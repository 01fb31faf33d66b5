package org.gazetteer.readingrooms.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The fixed reservation slots of docs/api-conventions.md. */
@ConfigMapping(prefix = "reading-rooms.slots")
public interface SlotsConfig {

  /** The slot length of a room whose record names none. */
  @WithDefault("PT2H")
  Duration defaultLength();

  /** How many days ahead seats may be reserved. */
  @WithDefault("60")
  int bookableDays();
}
