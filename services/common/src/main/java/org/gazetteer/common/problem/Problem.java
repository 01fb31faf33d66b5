package org.gazetteer.common.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gazetteer.common.openapi.RequiredProperties;

/** An RFC 9457 problem details body, as every service and the gateway return it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(
    name = "Problem",
    description = "RFC 9457 problem details",
    extensions = @Extension(name = RequiredProperties.LEFT_OUT_WHEN_NULL, value = "true"))
public record Problem(
    @Schema(example = "/problems/validation") String type,
    @Schema(example = "Invalid request") String title,
    @Schema(example = "400") int status,
    @Schema(example = "title.zh: must not be blank") String detail,
    @Schema(description = "Field errors, for validation problems") List<FieldError> errors,
    @Schema(description = "Id of the request, to quote when reporting a problem")
        String requestId) {

  public static final String MEDIA_TYPE = "application/problem+json";

  public static Problem of(ProblemType type, String detail) {
    return new Problem(type.uri(), type.title(), type.status(), detail, null, null);
  }

  public Problem withRequestId(String id) {
    return new Problem(type, title, status, detail, errors, id);
  }
}
