package org.gazetteer.events.stats;

import java.util.Locale;

/**
 * What the statistics can be grouped by, each with the column of the statistics' fact rows that
 * holds it. The column names are fixed here; a request only picks among them.
 */
public enum StatsDimension {
  DIVISION("division"),
  TARGET("target"),
  KIND("kind"),
  MONTH("month"),
  INSTITUTION("institution"),
  AUDIENCE("audience"),
  CHANNEL("channel");

  private final String column;

  StatsDimension(String column) {
    this.column = column;
  }

  String column() {
    return column;
  }

  /** The name in {@code groupBy} and in a row's key: {@code division}, {@code month}, … */
  public String parameter() {
    return name().toLowerCase(Locale.ROOT);
  }
}
