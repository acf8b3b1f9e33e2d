package org.yjtracker.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import java.time.LocalDate;

/** Actions and progress updates written through the API, for tests that set a plan's state. */
public final class Actions {

  private Actions() {}

  /**
   * A new action answering one recommendation; its title and description begin with {@code title}.
   */
  public static long add(
      Api api,
      long plan,
      long recommendation,
      long leadOrganisation,
      String title,
      LocalDate target,
      String status) {
    var action =
        api.post(
            "/api/plans/" + plan + "/actions",
            Json.createObjectBuilder()
                .add("recommendationIds", Json.createArrayBuilder().add(recommendation))
                .add("leadOrganisationId", leadOrganisation)
                .add("title", title)
                .add("description", title + " in full")
                .add("targetDate", target.toString())
                .add("status", status)
                .build());
    assertEquals(201, action.status(), action::toString);
    return action.id();
  }

  /** A green update, half done, written today (by the test clock). */
  public static void report(Api api, long action) {
    var reply =
        api.post(
            "/api/actions/" + action + "/updates",
            Json.createObjectBuilder()
                .add("narrative", "On track")
                .add("rag", "GREEN")
                .add("percentComplete", 50)
                .build());
    assertEquals(201, reply.status(), reply::toString);
  }
}
