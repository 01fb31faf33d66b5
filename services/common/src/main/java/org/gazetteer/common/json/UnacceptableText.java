package org.gazetteer.common.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * Text in a body that is well-formed JSON but not acceptable as a value (see {@link StrictJson}). A
 * {@link MismatchedInputException}, so that the REST layer hands it on with its field path.
 */
public class UnacceptableText extends MismatchedInputException {

  UnacceptableText(JsonParser parser, String message) {
    super(parser, message);
  }
}
