package org.yjtracker.platform.boundary;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.InputStream;
import java.io.StringReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.yjtracker.platform.control.InvalidInputException;

/**
 * Reads a {@link JsonObject} body. JAX-RS's own reader hands a resource whatever JSON value was
 * sent ({@code []}, {@code "str"}, {@code 123}) and the mismatch then fails inside bean validation
 * as a 500 with the server's HTML error page; an empty or broken body fails as a 500 too. This
 * reader refuses all of them as a 400 about the {@code body}, and reads strictly as UTF-8.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json", "text/json"})
public class JsonObjectReader implements MessageBodyReader<JsonObject> {

  @Override
  public boolean isReadable(
      Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return type == JsonObject.class;
  }

  @Override
  public JsonObject readFrom(
      Class<JsonObject> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, String> httpHeaders,
      InputStream entity) {
    return read(entity);
  }

  static JsonObject read(InputStream entity) {
    byte[] bytes;
    try {
      bytes = entity.readAllBytes();
    } catch (java.io.IOException e) {
      throw new InvalidInputException("body", "could not be read");
    }
    JsonValue value = parse(bytes);
    if (value instanceof JsonObject object) {
      return object;
    }
    throw new InvalidInputException(
        "body", "must be a JSON object, not " + value.getValueType().name().toLowerCase());
  }

  /**
   * One JSON value, strictly: valid UTF-8, not empty, nothing after it, not nested absurdly deep.
   * Anything else is a 400 about the {@code body}.
   */
  static JsonValue parse(byte[] bytes) {
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      throw new InvalidInputException("body", "is not valid UTF-8");
    }
    if (text.isBlank()) {
      throw new InvalidInputException("body", "is empty: send a JSON object");
    }
    try (JsonParser parser = Json.createParser(new StringReader(text))) {
      parser.next();
      JsonValue value = parser.getValue();
      if (parser.hasNext()) {
        throw new InvalidInputException("body", "has more after the JSON value");
      }
      return value;
    } catch (JsonParsingException e) {
      throw new InvalidInputException("body", "is not valid JSON (" + e.getMessage() + ")");
    } catch (InvalidInputException e) {
      throw e;
    } catch (RuntimeException e) {
      // Parsson also throws plain runtime exceptions, e.g. when nesting is too deep.
      throw new InvalidInputException("body", "is not valid JSON");
    }
  }
}
