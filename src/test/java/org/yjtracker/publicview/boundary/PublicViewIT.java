package org.yjtracker.publicview.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yjtracker.testsupport.Api;

/**
 * The public API, called with no cookie and no credentials: what it shows and what it never does.
 */
@ExtendWith(ArquillianExtension.class)
class PublicViewIT {

  /** Keys that would carry something internal, at any depth of the JSON. */
  private static final Set<String> INTERNAL_KEYS =
      Set.of(
          "leadInspector",
          "leadPerson",
          "note",
          "notes",
          "statusReason",
          "acceptanceReason",
          "comments",
          "narrative",
          "latestUpdate",
          "updates",
          "links",
          "files",
          "evidence",
          "actions",
          "email",
          "author",
          "recordedBy",
          "publishedBy",
          "endorsedBy",
          "submittedBy",
          "discretionReason",
          "by",
          "changedBy",
          "reason",
          "subject");

  @ArquillianResource URL base;

  @Test
  void anybodySeesPublishedInspectionsAndNothingInternal() {
    var planted = new PublicPlanted(base);
    // Every planted string is really there for those signed in, so its absence below means
    // something.
    Api admin = Api.at(base).asAdmin();
    String internal =
        admin.get("/api/inspections/" + planted.inspection).text()
            + admin.get("/api/plans/" + planted.plan).text();
    for (String text : PublicPlanted.INTERNAL) {
      if (!text.equals(PublicPlanted.OUTCOME_NOTE)) {
        assertTrue(internal.contains(text), () -> "'" + text + "' planted in " + internal);
      }
    }
    Api nobody = Api.at(base).anonymous();
    String byName = "?service=" + URLEncoder.encode(planted.serviceName, StandardCharsets.UTF_8);

    // The list: only the two published inspections of the service, newest first, no draft.
    var list = nobody.get("/api/public/inspections" + byName);
    assertEquals(200, list.status(), list::toString);
    assertEquals(2, list.json().getInt("total"), list::toString);
    JsonArray items = list.json().getJsonArray("items");
    assertEquals(planted.later, items.getJsonObject(0).getJsonNumber("id").longValue());
    assertEquals(planted.inspection, items.getJsonObject(1).getJsonNumber("id").longValue());
    JsonObject first = items.getJsonObject(1);
    assertEquals(planted.serviceName, first.getString("service"));
    assertEquals("WALES", first.getString("region"));
    assertEquals("2023-12", first.getString("published"));
    assertEquals("REQUIRES_IMPROVEMENT", first.getString("overallRating"));
    assertEquals(17, first.getInt("score"));
    assertEquals(
        2, nobody.get("/api/public/inspections" + byName + "&region=wales").json().getInt("total"));
    assertEquals(
        0,
        nobody.get("/api/public/inspections" + byName + "&region=LONDON").json().getInt("total"));
    assertEquals(
        1,
        nobody
            .get("/api/public/inspections" + byName + "&size=1&page=2")
            .json()
            .getJsonArray("items")
            .size());
    var badRegion = nobody.get("/api/public/inspections?region=ATLANTIS");
    assertEquals(400, badRegion.status(), badRegion::toString);
    assertEquals("region", badRegion.firstErrorField());
    assertNoInternals(list.text(), list.json());

    // One inspection: ratings, recommendations with owners, status in the plan and outcome.
    var detail = nobody.get("/api/public/inspections/" + planted.inspection);
    assertEquals(200, detail.status(), detail::toString);
    JsonObject inspection = detail.json();
    assertEquals(planted.serviceName, inspection.getString("service"));
    assertEquals("REQUIRES_IMPROVEMENT", inspection.getString("overallRating"));
    assertEquals(17, inspection.getInt("score"));
    assertTrue(inspection.getString("framework").length() > 0);
    JsonArray standards = inspection.getJsonArray("standards");
    assertEquals(13, standards.size(), standards::toString);
    assertEquals("1.1", standards.getJsonObject(0).getString("code"));
    assertEquals("REQUIRES_IMPROVEMENT", standards.getJsonObject(0).getString("rating"));
    assertEquals("INADEQUATE", standards.getJsonObject(4).getString("rating"));
    JsonArray recommendations = inspection.getJsonArray("recommendations");
    assertEquals(5, recommendations.size());
    JsonObject rec1 = recommendations.getJsonObject(0);
    assertEquals(1, rec1.getInt("number"));
    assertTrue(rec1.getString("text").startsWith("improve the quality"), rec1::toString);
    assertEquals(List.of(planted.policeName), strings(rec1.getJsonArray("owners")));
    assertTrue(strings(rec1.getJsonArray("ownerKinds")).contains("POLICE"), rec1::toString);
    assertEquals("IN_PROGRESS", rec1.getString("status"));
    assertEquals("PARTLY_MET", rec1.getString("outcome"));
    JsonObject rec2 = recommendations.getJsonObject(1);
    assertEquals("OPEN", rec2.getString("status"));
    assertTrue(
        !rec2.containsKey("outcome") || rec2.isNull("outcome"),
        "an outcome judged by a draft is not public: " + rec2);
    assertEquals("IMPLEMENTED", recommendations.getJsonObject(2).getString("status"));
    // Each recommendation's dated status history, as the register of police recommendations
    // gives it: the day and the statuses, never who or why (the inspector's reason is planted).
    String today = LocalDate.now(ZoneId.of("Europe/London")).toString();
    assertEquals(
        List.of(List.of(today, "", "OPEN"), List.of(today, "OPEN", "IN_PROGRESS")), history(rec1));
    assertEquals(List.of(List.of(today, "", "OPEN")), history(rec2));
    assertEquals(
        List.of(List.of(today, "", "OPEN"), List.of(today, "OPEN", "IMPLEMENTED")),
        history(recommendations.getJsonObject(2)));
    for (JsonObject r : recommendations.getValuesAs(JsonObject.class)) {
      for (JsonObject change : r.getJsonArray("history").getValuesAs(JsonObject.class)) {
        assertEquals(Set.of("date", "from", "to"), change.keySet(), change::toString);
      }
    }
    assertNoInternals(detail.text(), inspection);

    // The later inspection has no plan: no status.
    JsonObject laterOne = nobody.get("/api/public/inspections/" + planted.later).json();
    JsonObject laterRec = laterOne.getJsonArray("recommendations").getJsonObject(0);
    assertTrue(!laterRec.containsKey("status") || laterRec.isNull("status"), laterRec::toString);
    assertEquals(List.of(), history(laterRec));

    // A draft is not there, nor is anything else that does not exist.
    assertEquals(404, nobody.get("/api/public/inspections/" + planted.draft).status());
    assertEquals(404, nobody.get("/api/public/inspections/999999999").status());
    // The signed-in API stays closed to the same caller.
    assertEquals(401, nobody.get("/api/inspections/" + planted.inspection).status());

    // The pages render without signing in; anything else still asks to sign in.
    var page = nobody.get("/public");
    assertEquals(200, page.status(), page::toString);
    assertTrue(page.text().contains(planted.serviceName), "rendered on the server");
    assertTrue(page.text().contains("href=\"/signin\""));
    assertFalse(page.text().contains("sign-out"));
    assertEquals(200, nobody.get("/public/inspections/" + planted.inspection).status());
    var missing = nobody.get("/public/nothing");
    assertEquals(404, missing.status());
    assertTrue(missing.text().contains("href=\"/public\""), missing::text);
    assertEquals(302, nobody.get("/inspections").status());
    assertTrue(nobody.get("/signin").text().contains("href=\"/public\""));
  }

  private static void assertNoInternals(String text, JsonValue json) {
    Set<String> keys = new HashSet<>();
    collectKeys(json, keys);
    Set<String> leaked = new HashSet<>(keys);
    leaked.retainAll(INTERNAL_KEYS);
    assertTrue(leaked.isEmpty(), () -> "internal keys " + leaked + " in " + text);
    for (String internal : PublicPlanted.INTERNAL) {
      assertFalse(text.contains(internal), () -> "'" + internal + "' in " + text);
    }
  }

  private static void collectKeys(JsonValue value, Set<String> keys) {
    if (value instanceof JsonObject object) {
      object.forEach(
          (key, child) -> {
            keys.add(key);
            collectKeys(child, keys);
          });
    } else if (value instanceof JsonArray array) {
      array.forEach(child -> collectKeys(child, keys));
    }
  }

  /** Each change as [date, from or "", to]. */
  private static List<List<String>> history(JsonObject recommendation) {
    return recommendation.getJsonArray("history").getValuesAs(JsonObject.class).stream()
        .map(
            c ->
                List.of(
                    c.getString("date"),
                    c.isNull("from") ? "" : c.getString("from"),
                    c.getString("to")))
        .toList();
  }

  private static List<String> strings(JsonArray array) {
    return array.getValuesAs(jakarta.json.JsonString.class).stream()
        .map(jakarta.json.JsonString::getString)
        .toList();
  }
}
