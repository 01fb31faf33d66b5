package org.gazetteer.alliance.request;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gazetteer.common.text.LocalizedText;

/** A member on one side of a request, by code and name. */
@Schema(name = "RequestParty")
public record Counterpart(@Schema(example = "chengdu") String code, LocalizedText name) {}
