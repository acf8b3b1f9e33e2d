package org.yjtracker.platform.control;

import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;
import java.math.BigDecimal;

/**
 * Strict binding of whole numbers and booleans. JSON-B's defaults read a number with {@code
 * getInt()}, so 4294967297 silently becomes 1 and 2.7 becomes 2, and read any string as a boolean,
 * so "str" becomes false. These refuse instead, with a {@link JsonbException} that names what was
 * expected; {@link Problems} turns it into a 400 naming the field.
 *
 * <p>A whole number may come only as a JSON number (page scripts convert form values); a boolean
 * only as JSON true or false; text only as a JSON string (JSON-B would otherwise store 123 as "123"
 * and unwrap ["a"] into "a").
 */
public final class StrictScalars {

  private StrictScalars() {}

  /**
   * The deserializers to register, one per boxed type. Yasson looks user deserializers up by the
   * declared type, so fields of a primitive type ({@code int}, {@code boolean}) keep its lax
   * default: request bodies declare boxed types.
   */
  public static JsonbDeserializer<?>[] deserializers() {
    return new JsonbDeserializer<?>[] {
      new Ints(), new Longs(), new Shorts(), new Booleans(), new Texts()
    };
  }

  /** Thrown for a value that does not fit; its message is meant for the client. */
  public static class ValueException extends JsonbException {
    public ValueException(String message) {
      super(message);
    }
  }

  static BigDecimal wholeNumber(JsonParser parser, long min, long max) {
    // Yasson's parser does not support currentEvent(); getValue() gives the current value.
    JsonValue current = parser.getValue();
    BigDecimal value;
    if (current == JsonValue.NULL) {
      return null;
    } else if (current instanceof JsonNumber number) {
      value = number.bigDecimalValue();
    } else {
      throw outOfRange(min, max);
    }
    // A huge exponent (1e999999999) must not be expanded: compare by magnitude first.
    if (value.precision() - value.scale() > 20) {
      throw outOfRange(min, max);
    }
    BigDecimal whole;
    try {
      whole = value.stripTrailingZeros().setScale(0);
    } catch (ArithmeticException notWhole) {
      throw outOfRange(min, max);
    }
    if (whole.compareTo(BigDecimal.valueOf(min)) < 0
        || whole.compareTo(BigDecimal.valueOf(max)) > 0) {
      throw outOfRange(min, max);
    }
    return whole;
  }

  private static ValueException outOfRange(long min, long max) {
    return new ValueException("must be a whole number from " + min + " to " + max);
  }

  static final class Ints implements JsonbDeserializer<Integer> {
    @Override
    public Integer deserialize(JsonParser parser, DeserializationContext context, Type type) {
      BigDecimal value = wholeNumber(parser, Integer.MIN_VALUE, Integer.MAX_VALUE);
      return value == null ? null : value.intValueExact();
    }
  }

  static final class Longs implements JsonbDeserializer<Long> {
    @Override
    public Long deserialize(JsonParser parser, DeserializationContext context, Type type) {
      BigDecimal value = wholeNumber(parser, Long.MIN_VALUE, Long.MAX_VALUE);
      return value == null ? null : value.longValueExact();
    }
  }

  static final class Shorts implements JsonbDeserializer<Short> {
    @Override
    public Short deserialize(JsonParser parser, DeserializationContext context, Type type) {
      BigDecimal value = wholeNumber(parser, Short.MIN_VALUE, Short.MAX_VALUE);
      return value == null ? null : value.shortValueExact();
    }
  }

  static final class Booleans implements JsonbDeserializer<Boolean> {
    @Override
    public Boolean deserialize(JsonParser parser, DeserializationContext context, Type type) {
      JsonValue current = parser.getValue();
      if (current == JsonValue.NULL) {
        return null;
      }
      if (current == JsonValue.TRUE) {
        return Boolean.TRUE;
      }
      if (current == JsonValue.FALSE) {
        return Boolean.FALSE;
      }
      throw new ValueException("must be true or false");
    }
  }

  static final class Texts implements JsonbDeserializer<String> {
    @Override
    public String deserialize(JsonParser parser, DeserializationContext context, Type type) {
      JsonValue current = parser.getValue();
      if (current == JsonValue.NULL) {
        return null;
      }
      if (current instanceof JsonString string) {
        return string.getString();
      }
      throw new ValueException("must be text (a JSON string)");
    }
  }
}
