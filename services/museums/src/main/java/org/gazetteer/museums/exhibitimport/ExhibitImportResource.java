package org.gazetteer.museums.exhibitimport;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gazetteer.common.http.QueryParams;
import org.gazetteer.common.security.Caller;
import org.gazetteer.common.security.Roles;
import org.jboss.resteasy.reactive.RestResponse;

/** HTTP face of the CSV import of a museum's exhibit register. */
@Path("/api/museums/{code}/exhibits/import")
@Tag(name = "Exhibits")
public class ExhibitImportResource {

  static final String CSV = "text/csv";

  private final ExhibitImportService service;
  private final SecurityIdentity identity;

  ExhibitImportResource(ExhibitImportService service, SecurityIdentity identity) {
    this.service = service;
    this.identity = identity;
  }

  @POST
  @RolesAllowed({Roles.CURATOR, Roles.NETWORK_ADMIN})
  @Consumes(CSV)
  @Produces(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "bearer")
  @Operation(
      operationId = "importExhibits",
      summary = "Import exhibits of a museum from CSV, or report what an import would do",
      description =
          "UTF-8 CSV (with or without BOM), first line the header: the API field names or the"
              + " Chinese headers of the template (GET …/import/template). Vocabulary cells take"
              + " codes or Chinese labels; lists are separated by ; ； or 、. A row whose"
              + " inventory number the museum has updates that exhibit, any other creates a"
              + " draft. dryRun=true writes nothing and reports every row; otherwise all rows are"
              + " written in one transaction, or with any problem none (400 listing them).")
  @RequestBody(
      content =
          @Content(
              mediaType = CSV,
              schema = @Schema(type = SchemaType.STRING),
              example = "藏品编号,名称,类别\nCD-2023-0001,四川扶贫志,古籍图书\n"))
  @APIResponse(responseCode = "200", description = "The per-row report")
  @APIResponse(
      responseCode = "400",
      description = "Not UTF-8, malformed CSV, too many rows, or rows with problems")
  @APIResponse(responseCode = "401", description = "No or invalid token")
  @APIResponse(responseCode = "403", description = "Another museum")
  @APIResponse(responseCode = "404", description = "No such museum")
  @APIResponse(
      responseCode = "409",
      description = "Exhibits of the file changed meanwhile; nothing imported")
  @APIResponse(responseCode = "413", description = "The file is larger than the body limit")
  @APIResponse(responseCode = "415", description = "Not text/csv")
  public Uni<ImportReport> importCsv(
      @PathParam("code") String code,
      @Parameter(
              description = "Report only; write nothing",
              schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
          @QueryParam("dryRun")
          String dryRun,
      byte[] body) {
    boolean report = Boolean.TRUE.equals(QueryParams.booleanValue(dryRun, "dryRun"));
    return service.importCsv(code, body, report, Caller.of(identity));
  }

  @GET
  @Path("/template")
  @PermitAll
  @Produces(CSV + "; charset=UTF-8")
  @Operation(
      operationId = "exhibitImportTemplate",
      summary = "The CSV template: every column and an example row")
  @APIResponse(responseCode = "200", description = "The template, UTF-8 with BOM")
  @APIResponse(responseCode = "400", description = "headers is neither zh nor en")
  public RestResponse<String> template(
      @PathParam("code") String code,
      @Parameter(
              description = "Chinese headers (zh, default) or the API field names (en)",
              schema =
                  @Schema(
                      enumeration = {"zh", "en"},
                      defaultValue = "zh"))
          @QueryParam("headers")
          String headers) {
    boolean chinese = headers == null || headers.isBlank() || headers.strip().equals("zh");
    if (!chinese && !headers.strip().equals("en")) {
      throw org.gazetteer.common.problem.ProblemException.invalid("headers", "must be zh or en");
    }
    return RestResponse.ResponseBuilder.ok(CsvTemplate.of(chinese))
        .header(
            "Content-Disposition",
            "attachment; filename=\"exhibits-template-" + (chinese ? "zh" : "en") + ".csv\"")
        .build();
  }
}
