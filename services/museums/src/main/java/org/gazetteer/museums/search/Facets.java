package org.gazetteer.museums.search;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Counts of all matching exhibits (not only this page) by museum, category, type, division. */
@Schema(name = "Facets")
public record Facets(
    List<Facet> museum, List<Facet> category, List<Facet> workType, List<Facet> division) {}
