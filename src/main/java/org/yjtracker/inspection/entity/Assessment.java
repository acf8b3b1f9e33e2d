package org.yjtracker.inspection.entity;

import java.util.List;
import java.util.Map;
import org.yjtracker.framework.entity.Rating;

/**
 * What the framework's rules make of an inspection's figures.
 *
 * @param derivedRatings per standard code, the band of its lowest key question
 * @param computedScore the total over the scored standards, null while any is unrated
 * @param maxScore the highest total the framework allows, null if it does not score
 * @param computedOverall the overall rating the score earns, after limiting judgements
 */
public record Assessment(
    Map<String, Rating> derivedRatings,
    Integer computedScore,
    Integer maxScore,
    Rating computedOverall,
    List<Disagreement> disagreements) {

  public Assessment {
    derivedRatings = Map.copyOf(derivedRatings);
    disagreements = List.copyOf(disagreements);
  }

  public boolean agrees() {
    return disagreements.isEmpty();
  }
}
