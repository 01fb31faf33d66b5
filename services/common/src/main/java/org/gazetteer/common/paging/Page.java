package org.gazetteer.common.paging;

import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list: its items and the opaque cursor of the next page, or null at the end. */
public record Page<T>(
    List<T> items,
    @Schema(nullable = true, description = "Opaque cursor of the next page; null on the last page")
        String next) {

  /** A page with nothing on it. */
  public static <T> Page<T> empty() {
    return new Page<>(List.of(), null);
  }

  /**
   * Builds a page from rows fetched with {@code limit + 1}: the extra row only proves that a next
   * page exists, and the cursor is taken from the last row shown.
   */
  public static <R, T> Page<T> of(
      List<R> rows, int limit, Function<R, T> mapper, Function<R, Cursor> cursorOf) {
    boolean more = rows.size() > limit;
    List<R> shown = more ? rows.subList(0, limit) : rows;
    String next = more ? cursorOf.apply(shown.get(shown.size() - 1)).encode() : null;
    return new Page<>(shown.stream().map(mapper).toList(), next);
  }
}
