package org.yjtracker.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A browser without script, for page tests: it keeps cookies, follows redirects as a browser does
 * (a 303 after a form becomes a GET), parses each page's HTML and submits forms with the values
 * their fields hold, changed where the test says. What it can do, a person with JavaScript off can
 * do.
 */
public final class Pages {

  private final URI base;
  private final HttpClient http;

  private Pages(URI base) {
    this.base = base;
    this.http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
  }

  /** A browser with no session yet. */
  public static Pages at(URL base) {
    try {
      return new Pages(base.toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalArgumentException(e);
    }
  }

  /** Signs in through the sign-in form, as a person does. */
  public Pages signedInAs(String email, String password) {
    Page signIn = get("/signin");
    Page after =
        signIn.submit("form[action=/signin]", Map.of("email", email, "password", password));
    assertEquals(200, after.status(), () -> "Signing in as " + email + ":\n" + after.text());
    assertNotNull(
        after.document().getElementById("signed-in-as"), () -> "Not signed in:\n" + after.text());
    return this;
  }

  /** A page, following redirects. */
  public Page get(String path) {
    return follow(send(HttpRequest.newBuilder(resolve(path)).GET()));
  }

  /** A page without following redirects: to see a redirect itself. */
  public Page getOnce(String path) {
    return send(HttpRequest.newBuilder(resolve(path)).GET());
  }

  /** A form post as a browser sends it, following the redirect after it. */
  public Page post(String path, Map<String, List<String>> fields) {
    return follow(postOnce(path, fields));
  }

  /** A form post, without following the redirect. */
  public Page postOnce(String path, Map<String, List<String>> fields) {
    String body = encode(fields);
    return send(
        HttpRequest.newBuilder(resolve(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  /** A file chosen in a form's file input: its name, its type as a browser gives it, its bytes. */
  public record Upload(String fileName, String contentType, byte[] bytes) {

    public static Upload text(String fileName, String text) {
      return new Upload(fileName, "text/plain", text.getBytes(StandardCharsets.UTF_8));
    }
  }

  /**
   * A multipart form post as a browser sends one with enctype="multipart/form-data", following the
   * redirect after it; a file input with no file chosen goes as an empty part, as browsers do.
   */
  public Page postMultipart(
      String path, Map<String, List<String>> fields, Map<String, Upload> files) {
    String boundary = "----PagesBoundary" + Long.toHexString(System.nanoTime());
    var body = new java.io.ByteArrayOutputStream();
    java.util.function.Consumer<String> text =
        t -> body.writeBytes(t.getBytes(StandardCharsets.UTF_8));
    fields.forEach(
        (name, values) ->
            values.forEach(
                v ->
                    text.accept(
                        "--"
                            + boundary
                            + "\r\nContent-Disposition: form-data; name=\""
                            + name
                            + "\"\r\n\r\n"
                            + v
                            + "\r\n")));
    files.forEach(
        (name, file) -> {
          text.accept(
              "--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\""
                  + name
                  + "\"; filename=\""
                  + (file == null ? "" : file.fileName())
                  + "\"\r\nContent-Type: "
                  + (file == null ? "application/octet-stream" : file.contentType())
                  + "\r\n\r\n");
          if (file != null) {
            body.writeBytes(file.bytes());
          }
          text.accept("\r\n");
        });
    text.accept("--" + boundary + "--\r\n");
    return follow(
        send(
            HttpRequest.newBuilder(resolve(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))));
  }

  static String encode(Map<String, List<String>> fields) {
    return fields.entrySet().stream()
        .flatMap(
            e ->
                e.getValue().stream()
                    .map(
                        v ->
                            URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                                + "="
                                + URLEncoder.encode(v, StandardCharsets.UTF_8)))
        .collect(Collectors.joining("&"));
  }

  private Page follow(Page page) {
    Page current = page;
    for (int hops = 0; hops < 10 && current.isRedirect(); hops++) {
      current = send(HttpRequest.newBuilder(resolve(current.location())).GET());
    }
    return current;
  }

  private URI resolve(String path) {
    return base.resolve(path);
  }

  private Page send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          http.send(
              request.timeout(Duration.ofSeconds(60)).build(),
              HttpResponse.BodyHandlers.ofString());
      return new Page(this, response);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** One answer: its status, headers and parsed HTML. */
  public static final class Page {
    private final Pages browser;
    private final HttpResponse<String> response;
    private Document document;

    Page(Pages browser, HttpResponse<String> response) {
      this.browser = browser;
      this.response = response;
    }

    public int status() {
      return response.statusCode();
    }

    public String path() {
      return response.uri().getPath();
    }

    public boolean isRedirect() {
      return status() >= 300 && status() < 400;
    }

    public String location() {
      return response.headers().firstValue("Location").orElseThrow();
    }

    public String header(String name) {
      return response.headers().firstValue(name).orElse(null);
    }

    public Document document() {
      if (document == null) {
        document = Jsoup.parse(response.body(), response.uri().toString());
      }
      return document;
    }

    /** The page's visible text. */
    public String text() {
      return document().body() == null ? response.body() : document().body().text();
    }

    public String title() {
      return document().title();
    }

    /** The one element a CSS selector finds; fails if there is none. */
    public Element one(String selector) {
      Element found = document().selectFirst(selector);
      assertNotNull(found, () -> "No " + selector + " on " + path() + ":\n" + text());
      return found;
    }

    public List<Element> all(String selector) {
      return document().select(selector);
    }

    /** Follows a link as a person clicks it. */
    public Page click(String selector) {
      return browser.get(one(selector).attr("href"));
    }

    /**
     * Submits the form a selector finds, with its fields' current values (hidden fields, text,
     * checked boxes and radios, selected options) changed as given; a given value replaces every
     * value of that field.
     */
    public Page submit(String formSelector, Map<String, String> changes) {
      Map<String, List<String>> fields = fieldsOf(one(formSelector));
      changes.forEach(
          (name, value) -> fields.put(name, value == null ? List.of() : List.of(value)));
      return send(one(formSelector), fields);
    }

    /** Submits a form with several values for some fields (checkboxes). */
    public Page submitMany(String formSelector, Map<String, List<String>> changes) {
      Map<String, List<String>> fields = fieldsOf(one(formSelector));
      fields.putAll(changes);
      return send(one(formSelector), fields);
    }

    /**
     * Submits a multipart form (a file upload) with its fields' current values changed as given,
     * and the files chosen for its file inputs (an input not named has no file chosen).
     */
    public Page upload(
        String formSelector, Map<String, String> changes, Map<String, Upload> files) {
      Element form = one(formSelector);
      Map<String, List<String>> fields = fieldsOf(form);
      changes.forEach(
          (name, value) -> fields.put(name, value == null ? List.of() : List.of(value)));
      Map<String, Upload> chosen = new LinkedHashMap<>();
      for (Element input : form.select("input[type=file][name]")) {
        fields.remove(input.attr("name"));
        chosen.put(input.attr("name"), files.get(input.attr("name")));
      }
      String action = form.attr("action").isEmpty() ? path() : form.attr("action");
      return browser.postMultipart(action, fields, chosen);
    }

    /** A GET form puts its fields in the address; any other is posted. */
    private Page send(Element form, Map<String, List<String>> fields) {
      String action = form.attr("action").isEmpty() ? path() : form.attr("action");
      if (form.attr("method").equalsIgnoreCase("get")) {
        return browser.get(action + "?" + encode(fields));
      }
      return browser.post(action, fields);
    }

    static Map<String, List<String>> fieldsOf(Element form) {
      Map<String, List<String>> fields = new LinkedHashMap<>();
      for (Element field : form.select("input[name], textarea[name], select[name]")) {
        String name = field.attr("name");
        String type = field.attr("type");
        List<String> values = fields.computeIfAbsent(name, k -> new ArrayList<>());
        switch (field.tagName()) {
          case "textarea" -> values.add(field.wholeText());
          case "select" -> {
            Element chosen = field.selectFirst("option[selected]");
            if (chosen == null) {
              chosen = field.selectFirst("option");
            }
            if (chosen != null) {
              values.add(chosen.attr("value"));
            }
          }
          default -> {
            if ((type.equals("checkbox") || type.equals("radio")) && !field.hasAttr("checked")) {
              continue;
            }
            if (!type.equals("submit")) {
              values.add(field.attr("value"));
            }
          }
        }
      }
      return fields;
    }
  }
}
