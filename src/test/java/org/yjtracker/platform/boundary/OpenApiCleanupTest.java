package org.yjtracker.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class OpenApiCleanupTest {

  @Test
  void aRepeatedOperationIdBecomesTheMethodAndPath() {
    assertEquals(
        "getInspectionsByIdComparison",
        OpenApiCleanup.operationId("GET", "/api/inspections/{id}/comparison"));
    assertEquals(
        "putInspectionsByIdOutcomesByRecommendationIdCarried",
        OpenApiCleanup.operationId(
            "PUT", "/api/inspections/{id}/outcomes/{recommendationId}/carried"));
    assertEquals("getMeActions", OpenApiCleanup.operationId("GET", "/api/me/actions"));
  }
}
