package org.gazetteer.common.openapi;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;

/**
 * The one OpenAPI filter of every service ({@code mp.openapi.filter}), so that each document says
 * what the service does (docs/api-conventions.md): error responses carry problem+json ({@link
 * ProblemResponses}), response schemas require every property a response always carries ({@link
 * RequiredProperties}), and patterns match whole values, as validation does ({@link
 * AnchoredPatterns}).
 */
public class NetworkFilter implements OASFilter {

  @Override
  public Operation filterOperation(Operation operation) {
    ProblemResponses.declare(operation);
    return operation;
  }

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    ProblemResponses.addSchema(openAPI);
    RequiredProperties.apply(openAPI);
    AnchoredPatterns.apply(openAPI);
  }
}
