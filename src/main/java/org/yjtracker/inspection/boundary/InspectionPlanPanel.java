package org.yjtracker.inspection.boundary;

import java.util.Optional;
import org.yjtracker.access.entity.Caller;

/**
 * What an inspection's page says of the improvement plan that answers it. Plans are kept by another
 * component, which depends on inspections; it implements this so that the inspection's page can
 * show the plan without the inspection component depending on plans.
 */
public interface InspectionPlanPanel {

  /** The plan panel for this caller, or empty when the caller is shown nothing of plans. */
  Optional<Panel> of(Caller caller, InspectionView inspection);

  /**
   * @param planHref the plan's page, or null when no plan is started
   * @param status the plan's status in words, when there is a plan
   * @param mayStart the caller may start the plan (a lead or board member of the service)
   */
  record Panel(String planHref, String status, boolean mayStart) {}
}
