package org.gazetteer.common.vocabulary;

/**
 * The network's record codes (docs/api-conventions.md): stable lowercase slugs such as {@code
 * chengdu} or {@code wuhou-001} that name institutions, museums, reading rooms and alliance
 * members, and that tokens carry as their {@code institution} claim.
 */
public final class Codes {

  /** A code, as bodies and parameters accept it (the validation form, unanchored). */
  public static final String CODE = "[a-z][a-z0-9-]{1,39}";

  /** The same, anchored, as the OpenAPI documents state it. */
  public static final String ANCHORED = "^" + CODE + "$";

  /** The most characters a code has. */
  public static final int MAX_LENGTH = 40;

  private Codes() {}
}
