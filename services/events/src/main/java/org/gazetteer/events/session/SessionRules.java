package org.gazetteer.events.session;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gazetteer.common.problem.FieldError;
import org.gazetteer.common.problem.ProblemException;
import org.gazetteer.common.problem.ProblemType;

/** What makes a session valid, and how it is written and audited. */
public final class SessionRules {

  private SessionRules() {}

  /**
   * 400 unless every session ends after it starts, takes at most {@code maxCapacity} people and
   * repeats no other (same start and end); fields are named {@code prefix[i].…}, or without the
   * index for a single session ({@code prefix} empty).
   */
  public static void check(List<SessionRequest> sessions, String prefix, int maxCapacity) {
    List<FieldError> errors = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < sessions.size(); i++) {
      SessionRequest s = sessions.get(i);
      String at = prefix.isEmpty() ? "" : prefix + "[" + i + "].";
      if (!s.end().isAfter(s.start())) {
        errors.add(new FieldError(at + "end", "must be after start"));
      }
      if (s.capacity() > maxCapacity) {
        errors.add(new FieldError(at + "capacity", "must be at most " + maxCapacity));
      }
      String time = s.start().toInstant() + "/" + s.end().toInstant();
      Integer earlier = seen.putIfAbsent(time, i);
      if (earlier != null) {
        errors.add(
            new FieldError(
                prefix + "[" + i + "]",
                "repeats " + prefix + "[" + earlier + "] (same start and end)"));
      }
    }
    if (!errors.isEmpty()) {
      throw new ProblemException(ProblemType.VALIDATION, "Invalid sessions", errors, Map.of());
    }
  }

  /** Copies the client fields into the entity. */
  public static void apply(SessionRequest r, EventSession s) {
    s.startsAt = r.start();
    s.endsAt = r.end();
    s.capacity = r.capacity();
  }

  /** The audited fields of a session, under {@code sessions.<id>.} in its event's history. */
  public static Map<String, Object> snapshot(EventSession s) {
    String at = "sessions." + s.id + ".";
    Map<String, Object> m = new LinkedHashMap<>();
    m.put(at + "start", s.startsAt == null ? null : s.startsAt.toInstant().toString());
    m.put(at + "end", s.endsAt == null ? null : s.endsAt.toInstant().toString());
    m.put(at + "capacity", s.capacity);
    m.put(at + "status", s.status == null ? null : s.status.name());
    return m;
  }
}
