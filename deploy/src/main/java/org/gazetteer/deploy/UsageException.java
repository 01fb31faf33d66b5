package org.gazetteer.deploy;

/** A command-line option or environment variable the launcher cannot use; its message says why. */
public class UsageException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public UsageException(String message) {
    super(message);
  }
}
