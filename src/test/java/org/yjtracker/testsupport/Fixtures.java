package org.yjtracker.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.UUID;

/**
 * Makes the organisations and accounts a test needs, through the public API as the admin. Names are
 * unique per call, so tests never depend on each other's leftovers.
 */
public final class Fixtures {

  private final Api admin;
  private final String suffix = UUID.randomUUID().toString().substring(0, 8);

  public Fixtures(Api api) {
    this.admin = api.asAdmin();
  }

  public String unique(String name) {
    return name + " " + suffix;
  }

  public long service(String name, String region) {
    return create(organisation("YJS", unique(name), region, null, List.of()));
  }

  public long board(String name, long serviceId) {
    return create(organisation("MANAGEMENT_BOARD", unique(name), "LONDON", serviceId, List.of()));
  }

  public long partner(String kind, String name, long... serviceIds) {
    List<Long> serves = java.util.Arrays.stream(serviceIds).boxed().toList();
    return create(organisation(kind, unique(name), "LONDON", null, serves));
  }

  public static JsonObject organisation(
      String kind, String name, String region, Long boardOfId, List<Long> servesIds) {
    var body = Json.createObjectBuilder().add("kind", kind).add("name", name).add("region", region);
    if (boardOfId != null) {
      body.add("boardOfId", boardOfId);
    }
    var serves = Json.createArrayBuilder();
    servesIds.forEach(serves::add);
    return body.add("servesIds", serves).build();
  }

  /** An account with the shared test password; answers its email. */
  public String account(String localPart, String role, long... organisationIds) {
    String email = localPart + "." + suffix + "@tracker.test";
    var orgs = Json.createArrayBuilder();
    for (long id : organisationIds) {
      orgs.add(id);
    }
    var reply =
        admin.post(
            "/api/users",
            Json.createObjectBuilder()
                .add("email", email)
                .add("displayName", localPart + " " + suffix)
                .add("roles", Json.createArrayBuilder().add(role))
                .add("organisationIds", orgs)
                .add("password", Api.PASSWORD)
                .build());
    assertEquals(201, reply.status(), reply::toString);
    return email;
  }

  private long create(JsonObject organisation) {
    var reply = admin.post("/api/organisations", organisation);
    assertEquals(201, reply.status(), reply::toString);
    return reply.id();
  }
}
