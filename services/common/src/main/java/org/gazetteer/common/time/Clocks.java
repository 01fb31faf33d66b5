package org.gazetteer.common.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/** The clock the rules read "now" from, one bean so that every rule agrees on it. */
public class Clocks {

  /** The network's local time: days, months and years are counted in Asia/Shanghai. */
  public static final ZoneId NETWORK_ZONE = ZoneId.of("Asia/Shanghai");

  @Produces
  @ApplicationScoped
  Clock clock() {
    return Clock.systemUTC();
  }
}
