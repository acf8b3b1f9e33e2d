package org.yjtracker.dashboard.entity;

import java.time.LocalDate;
import java.util.Set;
import org.yjtracker.actionplan.control.PlanFigures;
import org.yjtracker.framework.entity.Rating;
import org.yjtracker.inspection.entity.DatePrecision;
import org.yjtracker.inspection.entity.InspectionKind;
import org.yjtracker.organisation.entity.OrganisationKind;
import org.yjtracker.organisation.entity.Region;

/**
 * What the national table keeps of one service (a row of {@code national_service} and its filter
 * rows): its latest published inspection, the overall rating before it, and the figures of that
 * inspection's plan as actionplan gives them.
 *
 * @param previousOverall the overall rating of the rated published inspection before the latest
 * @param ownerKinds who the latest inspection's recommendations are addressed to
 * @param themes codes of the themes confirmed for the latest inspection's recommendations
 */
public record NationalEntry(
    Published latest,
    Rating previousOverall,
    PlanFigures figures,
    Set<OrganisationKind> ownerKinds,
    Set<String> themes) {

  public NationalEntry {
    ownerKinds = Set.copyOf(ownerKinds);
    themes = Set.copyOf(themes);
  }

  public long serviceId() {
    return latest.serviceId();
  }

  /** One published inspection of a service, with the service as it is named now. */
  public record Published(
      long serviceId,
      String serviceName,
      Region region,
      long inspectionId,
      String frameworkCode,
      String frameworkName,
      InspectionKind kind,
      LocalDate publishedOn,
      DatePrecision publishedPrecision,
      Rating overall,
      Integer score) {}
}
