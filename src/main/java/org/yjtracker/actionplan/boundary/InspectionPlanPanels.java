package org.yjtracker.actionplan.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.yjtracker.access.entity.Caller;
import org.yjtracker.inspection.boundary.InspectionPlanPanel;
import org.yjtracker.inspection.boundary.InspectionView;

/** The plan panel of an inspection's page, as plans know it. */
@ApplicationScoped
public class InspectionPlanPanels implements InspectionPlanPanel {

  @Inject ActionPlans plans;

  @Override
  public Optional<Panel> of(Caller caller, InspectionView inspection) {
    return plans.panel(caller, inspection.id());
  }
}
