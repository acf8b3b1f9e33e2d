package org.yjtracker.reportimport.entity;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.yjtracker.organisation.entity.OrganisationKind;

/**
 * A recommendation as published: its number, the kinds of organisation its heading addresses, the
 * heading itself and the full text.
 */
@JsonbPropertyOrder({"number", "addressees", "heading", "text"})
public record ParsedRecommendation(
    @JsonbProperty("number") int number,
    @JsonbProperty("addressees") List<OrganisationKind> addressees,
    @JsonbProperty("heading") String heading,
    @JsonbProperty("text") String text) {

  public ParsedRecommendation {
    addressees = addressees == null ? List.of() : List.copyOf(addressees);
  }
}
