package org.gazetteer.common.vocabulary;

import java.util.Set;
import org.gazetteer.common.problem.ProblemException;

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

  /**
   * Words the registers' own paths use ({@code /api/museums/summary}, {@code
   * /api/reading-rooms/vocabularies}): a record with such a code could never be read by it.
   */
  public static final Set<String> RESERVED = Set.of("summary", "vocabularies");

  /** 400 on {@code field} when {@code code} is one of the {@link #RESERVED} words. */
  public static void requireUnreserved(String code, String field) {
    if (code != null && RESERVED.contains(code)) {
      throw ProblemException.invalid(
          field,
          "is a word the API's paths use ("
              + String.join(", ", RESERVED.stream().sorted().toList())
              + "); choose another code");
    }
  }

  private Codes() {}
}
