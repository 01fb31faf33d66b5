package org.gazetteer.alliance.resource;

import java.util.List;
import java.util.UUID;
import org.gazetteer.common.text.LocalizedText;

/** What a request needs to know of the resource it is for. */
public record Requestable(
    UUID id,
    String owner,
    ResourceKind kind,
    LocalizedText title,
    Delivery delivery,
    Integer quantity,
    List<AvailabilityWindow> availability) {

  static Requestable of(SharedResource r) {
    return new Requestable(
        r.id,
        r.owner,
        r.kind,
        new LocalizedText(r.titleZh, r.titleEn),
        r.delivery,
        r.quantity,
        r.availability == null ? List.of() : r.availability.windows());
  }
}
