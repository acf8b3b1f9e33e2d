package org.yjtracker.publicview.boundary;

import java.time.LocalDate;
import org.yjtracker.framework.entity.Rating;
import org.yjtracker.inspection.entity.Inspection;
import org.yjtracker.inspection.entity.InspectionKind;
import org.yjtracker.organisation.entity.Region;

/**
 * A published inspection as the public list shows it.
 *
 * @param kind what sort of inspection it was; {@code kindLabel} in words
 * @param scored whether its framework gives a score (the 2025 framework does not)
 */
public record PublicInspectionSummary(
    long id,
    String service,
    Region region,
    String published,
    LocalDate publishedOn,
    String framework,
    InspectionKind kind,
    String kindLabel,
    boolean scored,
    Rating overallRating,
    Integer score) {

  static PublicInspectionSummary of(Inspection i) {
    return new PublicInspectionSummary(
        i.getId(),
        i.getService().getName(),
        i.getService().getRegion(),
        i.publication(),
        i.getPublishedOn(),
        i.getFramework().getName(),
        i.getKind(),
        i.getKind().label(),
        i.getFramework().isScored(),
        i.getPublishedOverall(),
        // A framework that scores nothing (2025) has no score to give.
        i.getFramework().isScored() ? i.getPublishedScore() : null);
  }
}
