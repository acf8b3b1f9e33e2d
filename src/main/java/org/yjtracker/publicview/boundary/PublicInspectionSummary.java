package org.yjtracker.publicview.boundary;

import java.time.LocalDate;
import org.yjtracker.framework.entity.Rating;
import org.yjtracker.inspection.entity.Inspection;
import org.yjtracker.organisation.entity.Region;

/** A published inspection as the public list shows it. */
public record PublicInspectionSummary(
    long id,
    String service,
    Region region,
    String published,
    LocalDate publishedOn,
    String framework,
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
        i.getPublishedOverall(),
        i.getPublishedScore());
  }
}
