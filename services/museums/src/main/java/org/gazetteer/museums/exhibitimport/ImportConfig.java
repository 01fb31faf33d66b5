package org.gazetteer.museums.exhibitimport;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits of the CSV import; the body itself is capped by quarkus.http.limits.max-body-size. */
@ConfigMapping(prefix = "museums.import")
interface ImportConfig {

  /** Data rows one file may have; a larger register is imported in several files. */
  @WithDefault("5000")
  int maxRows();
}
