package org.yjtracker.platform.boundary;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import org.yjtracker.platform.control.StrictScalars;

/**
 * How the API reads and writes JSON: an empty value is sent as null rather than left out, so a
 * client can tell "not given in the report" from a field it does not know about; whole numbers and
 * booleans are read strictly ({@link StrictScalars}), never wrapped or guessed.
 */
@Provider
public class JsonSettings implements ContextResolver<Jsonb> {

  private static final Jsonb JSONB = JsonbBuilder.create(config());

  public static JsonbConfig config() {
    return new JsonbConfig().withNullValues(true).withDeserializers(StrictScalars.deserializers());
  }

  @Override
  public Jsonb getContext(Class<?> type) {
    return JSONB;
  }
}
