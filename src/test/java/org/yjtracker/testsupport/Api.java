package org.yjtracker.testsupport;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

/** A black-box client of the tracker's API, as one user (or nobody). */
public final class Api {

  public static final String ADMIN_EMAIL = "admin@tracker.test";
  public static final String ADMIN_PASSWORD = "it-first-signin-passphrase";
  public static final String PASSWORD = "correct-horse-battery";

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(10))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  private final URI base;
  private final String authorization;

  private Api(URI base, String authorization) {
    this.base = base;
    this.authorization = authorization;
  }

  public static Api at(URL base) {
    return new Api(URI.create(base.toString().replaceAll("/?$", "/")), null);
  }

  public Api as(String email, String password) {
    return new Api(
        base,
        "Basic "
            + Base64.getEncoder()
                .encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8)));
  }

  public Api asAdmin() {
    return as(ADMIN_EMAIL, ADMIN_PASSWORD);
  }

  public Api withToken(String token) {
    return new Api(base, "Bearer " + token);
  }

  public Api anonymous() {
    return new Api(base, null);
  }

  public URI uri(String path) {
    return base.resolve(path.startsWith("/") ? path.substring(1) : path);
  }

  public Reply get(String path) {
    return send("GET", path, null, Map.of());
  }

  public Reply post(String path, JsonStructure body) {
    return send("POST", path, body == null ? null : body.toString(), Map.of());
  }

  public Reply put(String path, JsonStructure body) {
    return send("PUT", path, body == null ? null : body.toString(), Map.of());
  }

  public Reply delete(String path) {
    return send("DELETE", path, null, Map.of());
  }

  /** POSTs raw bytes (a report file, say) with the given content type. */
  public Reply upload(String path, byte[] bytes, String contentType) {
    return upload(path, bytes, contentType, Map.of());
  }

  public Reply upload(String path, byte[] bytes, String contentType, Map<String, String> headers) {
    var request =
        HttpRequest.newBuilder(uri(path))
            .timeout(Duration.ofSeconds(60))
            .POST(HttpRequest.BodyPublishers.ofByteArray(bytes))
            .header("Content-Type", contentType);
    return send(request, "POST", path, headers);
  }

  public Reply send(String method, String path, String body, Map<String, String> headers) {
    var request =
        HttpRequest.newBuilder(uri(path))
            .timeout(Duration.ofSeconds(30))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    return send(request, method, path, headers);
  }

  /** Sends raw bytes (or nothing) with the given content type (or none): for malformed requests. */
  public Reply sendBytes(
      String method, String path, byte[] body, String contentType, Map<String, String> headers) {
    var request =
        HttpRequest.newBuilder(uri(path))
            .timeout(Duration.ofSeconds(30))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(body));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    return send(request, method, path, headers);
  }

  private Reply send(
      HttpRequest.Builder request, String method, String path, Map<String, String> headers) {
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    headers.forEach(request::header);
    try {
      return new Reply(HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString()));
    } catch (IOException e) {
      throw new IllegalStateException(method + " " + path + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** One answer: status, headers, and the body as JSON when it is JSON. */
  public record Reply(HttpResponse<String> response) {

    public int status() {
      return response.statusCode();
    }

    public String header(String name) {
      return response.headers().firstValue(name).orElse(null);
    }

    public String text() {
      return response.body();
    }

    public JsonObject json() {
      return (JsonObject) value();
    }

    public JsonArray array() {
      return (JsonArray) value();
    }

    private JsonValue value() {
      try (var reader = Json.createReader(new StringReader(response.body()))) {
        return reader.readValue();
      } catch (RuntimeException e) {
        throw new AssertionError("Not JSON (" + response.statusCode() + "): " + response.body(), e);
      }
    }

    public long id() {
      return json().getJsonNumber("id").longValue();
    }

    /** The field named by the first error of a problem. */
    public String firstErrorField() {
      return json().getJsonArray("errors").getJsonObject(0).getString("field");
    }

    @Override
    public String toString() {
      return status() + " " + response.body();
    }
  }
}
