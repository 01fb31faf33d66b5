package org.gazetteer.events.venue;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gazetteer.common.problem.FieldError;
import org.gazetteer.common.problem.ProblemException;
import org.gazetteer.common.problem.ProblemType;
import org.jboss.logging.Logger;

/**
 * Turns a venue of a request into the venue an event keeps. Its shape is checked first (400): each
 * type takes its own fields only. A museum or reading room is then read from its service: none with
 * that code, or a closed one, is a 422; a service that cannot be asked (down, slow, its breaker
 * open) is a 503 saying the venue could not be checked, and the event is not saved.
 */
@ApplicationScoped
public class VenueCheck {

  private static final Logger LOG = Logger.getLogger(VenueCheck.class);

  /** How long a client should wait before trying again when a venue service is down. */
  static final int RETRY_AFTER_SECONDS = 10;

  private final VenueClient client;

  VenueCheck(VenueClient client) {
    this.client = client;
  }

  /** The venue to keep, with the division of a museum or reading room (null for the others). */
  public Uni<Resolved> resolve(VenueRequest request) {
    checkShape(request);
    return switch (request.type()) {
      case MUSEUM -> lookUp(request, client.museum(request.code()), "museum", "museums");
      case READING_ROOM ->
          lookUp(request, client.readingRoom(request.code()), "reading room", "reading-rooms");
      case ADDRESS ->
          Uni.createFrom()
              .item(
                  new Resolved(
                      new Venue(
                          VenueType.ADDRESS,
                          null,
                          null,
                          request.address(),
                          request.location(),
                          null),
                      null));
      case ONLINE ->
          Uni.createFrom()
              .item(
                  new Resolved(
                      new Venue(VenueType.ONLINE, null, null, null, null, request.url()), null));
    };
  }

  private static Uni<Resolved> lookUp(
      VenueRequest request, Uni<Optional<VenueRecord>> read, String what, String service) {
    return read.onFailure()
        .transform(
            e -> {
              LOG.warnf(
                  "Could not check %s %s with the %s service: %s",
                  what, request.code(), service, e.toString());
              return ProblemException.unavailable(
                  "The venue could not be checked: the " + service + " service is not answering",
                  RETRY_AFTER_SECONDS);
            })
        .map(
            found -> {
              VenueRecord record =
                  found.orElseThrow(
                      () ->
                          ProblemException.unprocessable(
                              "No " + what + " with code " + request.code()));
              if (!record.inService()) {
                throw ProblemException.unprocessable(
                    "The " + what + " " + request.code() + " is closed");
              }
              Venue venue =
                  new Venue(
                      request.type(),
                      request.code(),
                      record.name(),
                      record.address(),
                      record.location(),
                      null);
              return new Resolved(venue, record.division());
            });
  }

  private static void checkShape(VenueRequest r) {
    List<FieldError> errors = new ArrayList<>();
    boolean byCode = r.type().byCode();
    require(errors, "venue.code", r.code() != null, byCode, "a museum or reading-room code");
    require(
        errors, "venue.address", r.address() != null, r.type() == VenueType.ADDRESS, "an address");
    require(errors, "venue.url", r.url() != null, r.type() == VenueType.ONLINE, "a link");
    if (r.location() != null && r.type() != VenueType.ADDRESS) {
      errors.add(new FieldError("venue.location", "is given for ADDRESS venues only"));
    }
    if (!errors.isEmpty()) {
      throw new ProblemException(
          ProblemType.VALIDATION, "The venue does not fit its type " + r.type(), errors, Map.of());
    }
  }

  private static void require(
      List<FieldError> errors, String field, boolean given, boolean needed, String what) {
    if (needed && !given) {
      errors.add(new FieldError(field, "is required: " + what));
    } else if (!needed && given) {
      errors.add(new FieldError(field, "is not taken by this venue type"));
    }
  }

  /** A checked venue, and the division it lies in when its service says so. */
  public record Resolved(Venue venue, String division) {}
}
