package org.gazetteer.common.openapi;

import java.util.Optional;

/**
 * The {@code pattern} of a JSON Schema is an ECMA-262 regular expression that matches anywhere in
 * the value, while Bean Validation's {@code @Pattern} (and a JAX-RS path template) matches the
 * whole value with Java's syntax. A document states such a pattern between {@code ^} and {@code $};
 * this class tells whether a pattern is so anchored, anchors one, and finds the Java constructs
 * that ECMA-262 reads otherwise or not at all (possessive quantifiers, atomic groups, inline
 * flags…).
 */
public final class SchemaPatterns {

  /** What SmallRye OpenAPI states for {@code @NotBlank}: a character other than white space. */
  public static final String NOT_BLANK = "\\S";

  private static final String JAVA_ONLY_ESCAPES = "AZzGQEhHRXvae";

  private SchemaPatterns() {}

  /** Whether the pattern matches whole values only: {@code ^…$}, with no alternative outside. */
  public static boolean anchored(String pattern) {
    return pattern.length() >= 2
        && pattern.startsWith("^")
        && pattern.endsWith("$")
        && !escaped(pattern, pattern.length() - 1)
        && !alternatesAtTop(pattern);
  }

  /** The pattern matching what Bean Validation matches: the whole value, {@code ^…$}. */
  public static String anchor(String pattern) {
    return alternatesAtTop(pattern) ? "^(?:" + pattern + ")$" : "^" + pattern + "$";
  }

  /** The first construct of the pattern that is Java's only, or empty if it is ECMA-262 too. */
  public static Optional<String> javaOnly(String pattern) {
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      Optional<String> found = Optional.empty();
      if (c == '\\') {
        found = javaOnlyEscape(pattern, i);
        i++;
      } else if (c == '[') {
        int end = classEnd(pattern, i);
        if (end < 0) {
          return Optional.of("a character class that nests, intersects or does not end, at " + i);
        }
        i = end;
      } else if (c == '(' && pattern.startsWith("(?", i)) {
        found = javaOnlyGroup(pattern, i);
      } else if (quantifierEnd(pattern, i) >= 0) {
        i = quantifierEnd(pattern, i);
        if (i + 1 < pattern.length() && pattern.charAt(i + 1) == '+') {
          found = Optional.of("a possessive quantifier at " + i);
        }
      }
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  private static Optional<String> javaOnlyEscape(String pattern, int at) {
    if (at + 1 >= pattern.length()) {
      return Optional.of("a trailing backslash");
    }
    char escape = pattern.charAt(at + 1);
    boolean property = escape == 'p' || escape == 'P';
    if (JAVA_ONLY_ESCAPES.indexOf(escape) >= 0
        || property
            && (pattern.startsWith("{Is", at + 2)
                || pattern.startsWith("{In", at + 2)
                || pattern.startsWith("{java", at + 2))) {
      return Optional.of("the escape \\" + escape + " at " + at);
    }
    return Optional.empty();
  }

  /** Atomic groups {@code (?>…)} and inline flags {@code (?i)} are Java's; the rest is shared. */
  private static Optional<String> javaOnlyGroup(String pattern, int at) {
    char kind = at + 2 < pattern.length() ? pattern.charAt(at + 2) : ')';
    if (kind == ':' || kind == '=' || kind == '!' || kind == '<') {
      return Optional.empty();
    }
    return Optional.of("the group (?" + kind + " at " + at);
  }

  /** Where the quantifier starting at {@code at} ends, or -1 if none starts there. */
  private static int quantifierEnd(String pattern, int at) {
    char c = pattern.charAt(at);
    if (c == '*' || c == '+' || c == '?') {
      return at;
    }
    if (c != '{') {
      return -1;
    }
    int end = pattern.indexOf('}', at);
    boolean bounds = end > at + 1 && pattern.substring(at + 1, end).matches("[0-9]+(,[0-9]*)?");
    return bounds ? end : -1;
  }

  /** The index of the {@code ]} closing the class at {@code at}; -1 if it nests or does not end. */
  private static int classEnd(String pattern, int at) {
    for (int i = at + 1; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '[' || pattern.startsWith("&&", i)) {
        return -1;
      } else if (c == ']' && i > at + 1 && !(i == at + 2 && pattern.charAt(at + 1) == '^')) {
        return i;
      }
    }
    return -1;
  }

  /** Whether a {@code |} outside every group and class splits the pattern into alternatives. */
  private static boolean alternatesAtTop(String pattern) {
    int depth = 0;
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '[') {
        int end = classEnd(pattern, i);
        i = end < 0 ? pattern.length() : end;
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == '|' && depth == 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean escaped(String pattern, int at) {
    int backslashes = 0;
    for (int i = at - 1; i >= 0 && pattern.charAt(i) == '\\'; i--) {
      backslashes++;
    }
    return backslashes % 2 == 1;
  }
}
