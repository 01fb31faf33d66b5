package org.gazetteer.deploy;

/**
 * The network could not be started. The message names the component and the reason; {@link
 * #logTail()} holds the last lines of that component's log, if there is one.
 */
public class StartupException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String logTail;

  public StartupException(String message) {
    this(message, "", null);
  }

  public StartupException(String message, Throwable cause) {
    this(message, "", cause);
  }

  public StartupException(String message, String logTail, Throwable cause) {
    super(message, cause);
    this.logTail = logTail;
  }

  /** The end of the failed component's log, or an empty string. */
  public String logTail() {
    return logTail;
  }
}
