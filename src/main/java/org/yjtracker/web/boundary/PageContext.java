package org.yjtracker.web.boundary;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.WebApplicationException;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import org.yjtracker.access.control.CsrfTokens;
import org.yjtracker.access.entity.Caller;
import org.yjtracker.web.control.Form;

/** One request for a page or from a form, as a page handler reads it. */
public final class PageContext {

  private final HttpServletRequest http;
  private final Matcher matcher;
  private final Caller caller;

  PageContext(HttpServletRequest http, Matcher matcher, Caller caller) {
    this.http = http;
    this.matcher = matcher;
    this.caller = caller;
  }

  /** Who is asking; null only on an open page nobody signed in to. */
  public Caller caller() {
    return caller;
  }

  /** The id in the address's {id}. */
  public long id() {
    return id("id");
  }

  /** The id in the address's {name}. */
  public long id(String name) {
    return Long.parseLong(matcher.group(name));
  }

  /** A query or form parameter, stripped; "" when absent. */
  public String param(String name) {
    return Optional.ofNullable(http.getParameter(name)).map(String::strip).orElse("");
  }

  /** A query parameter as a whole number at least 1, or the fallback (page numbers). */
  public int positive(String name, int fallback) {
    String value = param(name);
    if (!value.matches("[1-9][0-9]{0,5}")) {
      return fallback;
    }
    return Integer.parseInt(value);
  }

  /** The form as submitted, without the CSRF token. */
  public Form form() {
    Map<String, String[]> fields = new LinkedHashMap<>(http.getParameterMap());
    fields.remove(CsrfTokens.FORM_FIELD);
    return Form.submitted(fields);
  }

  /**
   * The file chosen in a multipart form's file input, or null when none was chosen or the form was
   * not multipart. A file over the upload limit is a 413.
   */
  public Part file(String name) throws IOException {
    try {
      return files(name).stream().findFirst().orElse(null);
    } catch (IllegalStateException tooLarge) {
      throw new WebApplicationException("The file is too large to import.", 413);
    }
  }

  /**
   * The files chosen in a multipart form's file input (none when the form was not multipart). A
   * body over the upload limit throws {@link IllegalStateException}, for the page to say which
   * limit; a body that is not multipart as it claims is a 400, never a server error.
   */
  public List<Part> files(String name) throws IOException {
    String type = Optional.ofNullable(http.getContentType()).orElse("");
    if (!type.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
      return List.of();
    }
    try {
      return http.getParts().stream()
          .filter(p -> p.getName().equals(name))
          .filter(p -> p.getSubmittedFileName() != null && !p.getSubmittedFileName().isBlank())
          .toList();
    } catch (ServletException unreadable) {
      throw new BadRequestException("The form could not be read. Send it again.", unreadable);
    }
  }

  /** The address asked for, with its query. */
  public String pathWithQuery() {
    String query = http.getQueryString();
    return http.getRequestURI() + (query == null ? "" : "?" + query);
  }

  public HttpServletRequest http() {
    return http;
  }
}
