package org.yjtracker.testsupport;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.HashMap;
import java.util.Map;

/** Request bodies for the inspections API, made from the hand-checked published reports. */
public final class InspectionBodies {

  private InspectionBodies() {}

  /** A report's expected file as an inspection of the given service. */
  /** Records the report's inspection for the service and publishes it, as the admin; its id. */
  public static long publish(Api admin, String report, long serviceId) {
    var created = admin.post("/api/inspections", fromReport(report, serviceId).build());
    org.junit.jupiter.api.Assertions.assertEquals(201, created.status(), created::toString);
    var published =
        admin.post("/api/inspections/" + created.id() + "/publish", JsonValue.EMPTY_JSON_OBJECT);
    org.junit.jupiter.api.Assertions.assertEquals(200, published.status(), published::toString);
    return created.id();
  }

  /** {@link Inspections2025}'s inspection, published on the given day or month. */
  public static JsonObjectBuilder childrenAndVictims2025(long serviceId, String published) {
    return Inspections2025.childrenAndVictims(serviceId).add("published", published);
  }

  public static JsonObjectBuilder fromReport(String report, long serviceId) {
    JsonObject expected = PublishedReports.expected(report);
    boolean sqs = "HMIP_SQS_2012".equals(expected.getString("framework"));
    var body =
        Json.createObjectBuilder()
            .add("serviceId", serviceId)
            .add("framework", expected.getString("framework"))
            .add(
                "kind",
                sqs
                    ? "SHORT_QUALITY_SCREENING"
                    : expected.getBoolean("joint_inspection", false) ? "JOINT" : "STANDARD")
            .add("fieldworkStart", expected.getString("fieldwork_start"))
            .add("published", expected.getString("published"));
    if (!sqs) {
      body.add("publishedScore", expected.getInt("score"))
          .add("publishedOverall", expected.getString("overall"));
    }
    if (expected.containsKey("cases_inspected")) {
      body.add("casesInspected", expected.getInt("cases_inspected"));
    }
    body.add("standards", standards(expected));
    var recommendations = Json.createArrayBuilder();
    for (JsonObject r : expected.getJsonArray("recommendations").getValuesAs(JsonObject.class)) {
      var kinds = Json.createArrayBuilder();
      r.getJsonArray("addressees").getValuesAs(JsonString.class).forEach(k -> kinds.add(k));
      recommendations.add(
          Json.createObjectBuilder()
              .add("number", r.getInt("number"))
              .add("heading", r.getString("heading"))
              .add("text", r.getString("text_start") + " ...")
              .add("ownerKinds", kinds));
    }
    return body.add("recommendations", recommendations);
  }

  private static JsonArrayBuilder standards(JsonObject expected) {
    Map<String, String> discretion = new HashMap<>();
    if (expected.containsKey("professional_discretion")) {
      expected
          .getJsonArray("professional_discretion")
          .getValuesAs(JsonObject.class)
          .forEach(d -> discretion.put(d.getString("standard"), d.getString("from")));
    }
    JsonObject percents =
        expected.containsKey("key_questions_percent_yes")
            ? expected.getJsonObject("key_questions_percent_yes")
            : JsonValue.EMPTY_JSON_OBJECT;
    var standards = Json.createArrayBuilder();
    expected
        .getJsonObject("standards")
        .forEach(
            (code, rating) -> {
              var standard =
                  Json.createObjectBuilder()
                      .add("code", code)
                      .add("rating", ((JsonString) rating).getString());
              var keyQuestions = Json.createArrayBuilder();
              if (percents.containsKey(code)) {
                percents
                    .getJsonArray(code)
                    .forEach(
                        p -> keyQuestions.add(Json.createObjectBuilder().add("percentYes", p)));
              }
              standard.add("keyQuestions", keyQuestions);
              if (discretion.containsKey(code)) {
                standard
                    .add("discretionFrom", discretion.get(code))
                    .add("discretionReason", "Ratings panel applied professional discretion");
              }
              standards.add(standard);
            });
    return standards;
  }
}
