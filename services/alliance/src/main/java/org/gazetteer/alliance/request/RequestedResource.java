package org.gazetteer.alliance.request;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gazetteer.alliance.resource.Delivery;
import org.gazetteer.alliance.resource.ResourceKind;
import org.gazetteer.common.text.LocalizedText;

/** The resource a request is for, as the request shows it. */
@Schema(name = "RequestedResource")
public record RequestedResource(
    UUID id, ResourceKind kind, LocalizedText title, Delivery delivery) {}
