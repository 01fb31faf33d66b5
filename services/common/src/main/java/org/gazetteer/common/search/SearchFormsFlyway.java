package org.gazetteer.common.search;

import io.quarkus.flyway.FlywayConfigurationCustomizer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/** Adds {@link SearchFormsBackfill} over the service's {@link SearchTable}s to its Flyway. */
@ApplicationScoped
public class SearchFormsFlyway implements FlywayConfigurationCustomizer {

  private final Instance<SearchTable> tables;

  SearchFormsFlyway(Instance<SearchTable> tables) {
    this.tables = tables;
  }

  @Override
  public void customize(FluentConfiguration configuration) {
    List<SearchTable> all = tables.stream().toList();
    if (all.isEmpty()) {
      return;
    }
    List<Callback> callbacks = new ArrayList<>(Arrays.asList(configuration.getCallbacks()));
    callbacks.add(new SearchFormsBackfill(all));
    configuration.callbacks(callbacks.toArray(Callback[]::new));
  }
}
