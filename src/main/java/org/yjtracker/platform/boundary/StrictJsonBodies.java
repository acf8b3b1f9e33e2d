package org.yjtracker.platform.boundary;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Every JSON request body is checked as JSON before JSON-B binds it: JSON-B stops reading after the
 * first value, so {@code {"name":"x"} trailing} used to be accepted, and broken UTF-8 or absurd
 * nesting failed deep inside the binder. The body is read once (at most {@link #MAX_BYTES}),
 * checked by {@link JsonObjectReader#parse}, and handed on unchanged. An empty body is left to the
 * reader, as before, so an optional body stays optional.
 */
@Provider
public class StrictJsonBodies implements ReaderInterceptor {

  /** Far above any form or draft the tracker takes as JSON; files come as their own types. */
  static final int MAX_BYTES = 5 * 1024 * 1024;

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    if (!isJson(context.getMediaType())) {
      return context.proceed();
    }
    byte[] bytes = readAtMost(context.getInputStream());
    if (!isBlank(bytes)) {
      JsonObjectReader.parse(bytes);
    }
    context.setInputStream(new ByteArrayInputStream(bytes));
    return context.proceed();
  }

  static boolean isJson(MediaType type) {
    return type != null
        && (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)
            || type.getSubtype().endsWith("+json")
            || (type.getType().equals("text") && type.getSubtype().equals("json")));
  }

  private static boolean isBlank(byte[] bytes) {
    for (byte b : bytes) {
      if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
        return false;
      }
    }
    return true;
  }

  private static byte[] readAtMost(InputStream in) throws IOException {
    byte[] bytes = in.readNBytes(MAX_BYTES + 1);
    if (bytes.length > MAX_BYTES) {
      throw new WebApplicationException(
          "The JSON body is larger than " + (MAX_BYTES / 1024 / 1024) + " MB", 413);
    }
    return bytes;
  }
}
