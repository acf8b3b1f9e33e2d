package org.yjtracker.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.time.LocalDate;

/**
 * A published inspection of a new service with its plan and one action led by a police partner,
 * made through the API: the lead of the service, the partner, and a partner of another service.
 */
public record PlanWorld(long plan, long action, String lead, String partner, String otherPartner) {

  public static PlanWorld make(URL base) {
    Api admin = Api.at(base).asAdmin();
    var f = new Fixtures(admin);
    long service = f.service("Action pages YJS", "LONDON");
    long police = f.partner("POLICE", "Action pages police", service);
    long otherService = f.service("Action pages other YJS", "LONDON");
    long otherPolice = f.partner("POLICE", "Action pages other police", otherService);
    String lead = f.account("lead", "SERVICE_LEAD", service);
    String partner = f.account("partner", "PARTNER", police);
    String otherPartner = f.account("other", "PARTNER", otherPolice);
    long inspection = InspectionBodies.publish(admin, "bexley-2024", service);
    Api leadApi = Api.at(base).as(lead, Api.PASSWORD);
    var plan =
        leadApi.post("/api/inspections/" + inspection + "/plan", JsonValue.EMPTY_JSON_OBJECT);
    assertEquals(201, plan.status(), plan::toString);
    long recommendation =
        admin
            .get("/api/inspections/" + inspection)
            .json()
            .getJsonArray("recommendations")
            .getValuesAs(JsonObject.class)
            .get(0)
            .getJsonNumber("id")
            .longValue();
    var action =
        leadApi.post(
            "/api/plans/" + plan.id() + "/actions",
            Json.createObjectBuilder()
                .add("recommendationIds", Json.createArrayBuilder().add(recommendation))
                .add("leadOrganisationId", police)
                .add("description", "Share the police flag with the YJS")
                .add("targetDate", LocalDate.now().plusMonths(3).toString())
                .add("status", "NOT_STARTED")
                .build());
    assertEquals(201, action.status(), action::toString);
    return new PlanWorld(plan.id(), action.id(), lead, partner, otherPartner);
  }
}
