package org.yjtracker.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

/**
 * An inspection under the 2025 framework, recorded through the API as an inspector: "work with
 * children and victims", with the results Lambeth's report published on 13 January 2026 (Assessing
 * Good, Planning and Implementation and delivery Outstanding, Work with victims Requires
 * improvement, overall Good, four recommendations), no score.
 */
public final class Inspections2025 {

  public static final String FRAMEWORK = "HMIP_YJ_2025";
  public static final String KIND = "CHILDREN_AND_VICTIMS";
  public static final String KIND_LABEL = "Inspection of work with children and victims";
  public static final String PUBLISHED = "2026-01-13";

  private Inspections2025() {}

  /**
   * The body of a draft of the given service, rated as Lambeth's was (published 13 January 2026:
   * Assessing Good, Planning and Implementation and delivery Outstanding, Work with victims
   * Requires improvement, overall Good, four recommendations); the recommendations' words and the
   * fieldwork date are the test's own. Every recommendation has an addressee.
   */
  public static JsonObjectBuilder childrenAndVictims(long serviceId) {
    var standards = Json.createArrayBuilder();
    standard(standards, "2.1", "GOOD");
    standard(standards, "2.2", "OUTSTANDING");
    standard(standards, "2.3", "OUTSTANDING");
    standard(standards, "V1", "REQUIRES_IMPROVEMENT");
    var recommendations = Json.createArrayBuilder();
    recommendation(recommendations, 1, "YJS", "Improve the quality of assessments of victims");
    recommendation(recommendations, 2, "YJS", "Make sure victims are contacted promptly");
    recommendation(recommendations, 3, "MANAGEMENT_BOARD", "Oversee the victims' service");
    recommendation(recommendations, 4, "MANAGEMENT_BOARD", "Review restorative justice provision");
    return Json.createObjectBuilder()
        .add("serviceId", serviceId)
        .add("framework", FRAMEWORK)
        .add("kind", KIND)
        .add("fieldworkStart", "2025-10-06")
        .add("published", PUBLISHED)
        .add("publishedOverall", "GOOD")
        .add("standards", standards)
        .add("recommendations", recommendations);
  }

  /** Records and publishes it as the given inspector (or admin); its id. */
  public static long publish(Api inspector, long serviceId) {
    var created = inspector.post("/api/inspections", childrenAndVictims(serviceId).build());
    assertEquals(201, created.status(), created::toString);
    var published =
        inspector.post(
            "/api/inspections/" + created.id() + "/publish", JsonValue.EMPTY_JSON_OBJECT);
    assertEquals(200, published.status(), published::toString);
    return created.id();
  }

  private static void standard(
      jakarta.json.JsonArrayBuilder standards, String code, String rating) {
    standards.add(Json.createObjectBuilder().add("code", code).add("rating", rating));
  }

  private static void recommendation(
      jakarta.json.JsonArrayBuilder recommendations, int number, String owner, String text) {
    recommendations.add(
        Json.createObjectBuilder()
            .add("number", number)
            .add("text", text)
            .add("ownerKinds", Json.createArrayBuilder().add(owner)));
  }
}
