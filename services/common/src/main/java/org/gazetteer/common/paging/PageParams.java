package org.gazetteer.common.paging;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The paging parameters of a list ({@code @BeanParam}), documented once: a limit taken as text so
 * that a bad value is a 400 naming it (see {@link Limits}), and the opaque cursor.
 */
public class PageParams {

  @Parameter(
      description = "Page size, 1 to 100",
      schema =
          @Schema(
              type = SchemaType.INTEGER,
              minimum = "1",
              maximum = "" + Limits.MAX,
              defaultValue = "" + Limits.DEFAULT))
  @QueryParam("limit")
  public String limit;

  @Parameter(description = "The next cursor of the previous page; absent for the first page")
  @QueryParam("cursor")
  public String cursor;

  /** The page size asked for, 20 by default. */
  public int size() {
    return Limits.of(limit);
  }
}
