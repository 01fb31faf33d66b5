package org.gazetteer.alliance.museums;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** The museums service's answer to a batch read. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ExhibitPage(List<ExhibitRecord> items) {}
