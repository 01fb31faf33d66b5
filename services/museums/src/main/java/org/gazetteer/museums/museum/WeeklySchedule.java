package org.gazetteer.museums.museum;

import java.util.List;
import org.gazetteer.common.time.OpeningHours;

/**
 * A museum's opening hours as stored: one JSON object (Hibernate Reactive maps JSON columns to
 * objects, not to top-level arrays), with room for dated exceptions later.
 */
record WeeklySchedule(List<OpeningHours> weekly) {}
