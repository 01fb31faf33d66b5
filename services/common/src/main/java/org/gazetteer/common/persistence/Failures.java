package org.gazetteer.common.persistence;

import java.sql.SQLException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.spi.TemplatedViolatedConstraintNameExtractor;

/**
 * Recognises database failures by walking the cause chain, whatever the driver or ORM wraps them
 * in, so that services can turn a violated constraint into a domain problem.
 */
public final class Failures {

  private Failures() {}

  /**
   * Whether {@code failure} was caused by the named constraint or unique index: the name the ORM's
   * PostgreSQL dialect extracted from an integrity violation (SQLSTATE class 23), not a search of
   * the whole message. For the violations the dialect leaves unnamed (an exclusion constraint,
   * 23P01) the same template of PostgreSQL's wording ({@code … constraint "name"}) is applied to
   * the database's own message. Triggers raise their refusals in that wording too.
   */
  public static boolean violated(Throwable failure, String constraint) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof ConstraintViolationException violation) {
        return constraint.equals(nameOf(violation));
      }
    }
    return false;
  }

  private static String nameOf(ConstraintViolationException violation) {
    if (violation.getConstraintName() != null) {
      return violation.getConstraintName();
    }
    SQLException cause = violation.getSQLException();
    return cause == null || cause.getMessage() == null
        ? null
        : TemplatedViolatedConstraintNameExtractor.extractUsingTemplate(
            "constraint \"", "\"", cause.getMessage());
  }

  /** Whether {@code failure} or one of its causes is a {@code type}. */
  public static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether PostgreSQL cancelled the statement because it ran past {@code statement_timeout}
   * (SQLSTATE 57014, query_canceled): the database is overloaded or the work was too big.
   */
  public static boolean timedOut(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      String message = t.getMessage();
      if (message != null
          && (message.contains("57014") || message.contains("canceling statement due to"))) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code failure} is an optimistic-lock failure: the row changed under us. */
  public static boolean stale(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      String name = t.getClass().getSimpleName();
      if (name.equals("StaleObjectStateException")
          || name.equals("StaleStateException")
          || name.equals("OptimisticLockException")) {
        return true;
      }
    }
    return false;
  }
}
