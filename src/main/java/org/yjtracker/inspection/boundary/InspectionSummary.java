package org.yjtracker.inspection.boundary;

import java.time.LocalDate;
import org.yjtracker.framework.entity.Rating;
import org.yjtracker.inspection.boundary.InspectionView.ServiceRef;
import org.yjtracker.inspection.entity.Inspection;
import org.yjtracker.inspection.entity.InspectionKind;
import org.yjtracker.inspection.entity.InspectionStatus;

/** An inspection as lists show it. */
public record InspectionSummary(
    long id,
    InspectionStatus status,
    ServiceRef service,
    String framework,
    String frameworkName,
    InspectionKind kind,
    LocalDate fieldworkStart,
    String published,
    LocalDate publishedOn,
    Integer publishedScore,
    Rating publishedOverall,
    Long previousId) {

  static InspectionSummary of(Inspection i) {
    return new InspectionSummary(
        i.getId(),
        i.getStatus(),
        InspectionViews.service(i.getService()),
        i.getFramework().getCode(),
        i.getFramework().getName(),
        i.getKind(),
        i.getFieldworkStart(),
        i.publication(),
        i.getPublishedOn(),
        i.getPublishedScore(),
        i.getPublishedOverall(),
        i.getPrevious() == null ? null : i.getPrevious().getId());
  }
}
