package org.gazetteer.common.http;

import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Keeps the caller's {@code X-Request-Id} (or creates one) on the request and echoes it on the
 * response, before any other handler runs, so that logs, problems and upstream calls share it.
 */
@ApplicationScoped
public class RequestIds {

  public static final String HEADER = "X-Request-Id";
  private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

  void register(@Observes Filters filters) {
    filters.register(
        rc -> {
          String id = rc.request().getHeader(HEADER);
          if (id == null || !SAFE.matcher(id).matches()) {
            id = UUID.randomUUID().toString();
            rc.request().headers().set(HEADER, id);
          }
          rc.response().putHeader(HEADER, id);
          rc.next();
        },
        Integer.MAX_VALUE);
  }
}
