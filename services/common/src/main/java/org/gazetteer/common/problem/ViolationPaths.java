package org.gazetteer.common.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

/**
 * Turns a Bean Validation property path such as {@code create.body.sessions[0].capacity} into the
 * field a client sees: the dotted body path ({@code sessions[0].capacity}) or, for a parameter, its
 * name ({@code limit}).
 */
final class ViolationPaths {

  private ViolationPaths() {}

  static String field(ConstraintViolation<?> violation) {
    String parameter = null;
    StringBuilder path = new StringBuilder();
    for (Path.Node node : violation.getPropertyPath()) {
      ElementKind kind = node.getKind();
      if (kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR) {
        continue;
      }
      if (kind == ElementKind.PARAMETER) {
        parameter = node.getName();
        continue;
      }
      if (node.isInIterable()) {
        path.append('[')
            .append(node.getIndex() != null ? node.getIndex() : node.getKey())
            .append(']');
      }
      if (kind == ElementKind.PROPERTY || kind == ElementKind.BEAN && node.getName() != null) {
        if (!path.isEmpty()) {
          path.append('.');
        }
        path.append(node.getName());
      }
    }
    if (!path.isEmpty()) {
      return path.charAt(0) == '.' ? path.substring(1) : path.toString();
    }
    return parameter != null ? parameter : "body";
  }
}
