package org.gazetteer.common.problem;

import com.fasterxml.jackson.databind.JsonMappingException;
import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.UUID;

/** Field paths and type names for Jackson mapping failures, in the client's vocabulary. */
final class JsonPaths {

  private JsonPaths() {}

  static String of(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      } else if (ref.getFieldName() != null) {
        if (!path.isEmpty()) {
          path.append('.');
        }
        path.append(ref.getFieldName());
      }
    }
    return path.isEmpty() ? "body" : path.toString();
  }

  static String describe(Class<?> type) {
    if (type.isEnum()) {
      StringBuilder values = new StringBuilder("one of");
      for (Object constant : type.getEnumConstants()) {
        values.append(' ').append(constant);
      }
      return values.toString();
    }
    if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
      return "a number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (type == String.class) {
      return "a string";
    }
    if (type == UUID.class) {
      return "a UUID";
    }
    if (Temporal.class.isAssignableFrom(type)) {
      return "an ISO-8601 value";
    }
    if (Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "an array";
    }
    return "an object";
  }
}
