package org.gazetteer.common.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import org.gazetteer.common.text.SafeText;

/**
 * Request bodies are read strictly: {@code 1.5} is not an integer, and text may not hold control
 * characters (a NUL cannot even be stored in PostgreSQL) or broken surrogate pairs. Both are 400s
 * naming the field instead of a silent truncation or a database error.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

  @Override
  public void customize(ObjectMapper mapper) {
    mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
    mapper.registerModule(
        new SimpleModule("gazetteer-strict-text").addDeserializer(String.class, new Text()));
  }

  private static final class Text extends StringDeserializer {

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      String text = super.deserialize(parser, context);
      String problem = text == null ? null : SafeText.problem(text);
      if (problem != null) {
        throw new UnacceptableText(parser, problem);
      }
      return text;
    }
  }
}
