package org.gazetteer.readingrooms.room;

/**
 * A search circle: its centre and radius, with the latitude/longitude box around it that lets an
 * index discard far rooms before the exact (haversine) distance is computed.
 */
record NearPoint(double lat, double lon, double radiusKm) {

  static final double EARTH_RADIUS_KM = 6371.0088;

  /**
   * Km per degree of latitude (and of longitude at the equator) on the sphere the distance is
   * computed on (111.195), rounded down so that the box is never too small.
   */
  private static final double KM_PER_DEGREE = 110.5;

  double minLat() {
    return lat - radiusKm / KM_PER_DEGREE;
  }

  double maxLat() {
    return lat + radiusKm / KM_PER_DEGREE;
  }

  /**
   * Degrees of longitude the box spans either side, taken at the box's latitude farthest from the
   * equator; NaN when the box reaches a pole or crosses the antimeridian (then only latitude
   * prefilters).
   */
  double lonSpan() {
    double farthest = Math.max(Math.abs(minLat()), Math.abs(maxLat()));
    if (farthest >= 89) {
      return Double.NaN;
    }
    double span = radiusKm / (KM_PER_DEGREE * Math.cos(Math.toRadians(farthest)));
    return lon - span < -180 || lon + span > 180 ? Double.NaN : span;
  }
}
