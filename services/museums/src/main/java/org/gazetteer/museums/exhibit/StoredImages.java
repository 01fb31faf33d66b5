package org.gazetteer.museums.exhibit;

import java.util.List;
import org.gazetteer.museums.heritage.ExhibitImage;

/** An exhibit's images as stored: one JSON object, as Hibernate Reactive maps JSON columns. */
record StoredImages(List<ExhibitImage> items) {}
