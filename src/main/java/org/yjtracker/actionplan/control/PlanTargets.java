package org.yjtracker.actionplan.control;

import org.yjtracker.organisation.entity.OrganisationKind;

/** What an imported row can be matched to: the plan's recommendations and organisations. */
public final class PlanTargets {

  private PlanTargets() {}

  /** A recommendation of the plan's inspection. */
  public record RecommendationChoice(long id, int number, String text) {}

  /** The service, its board or one of its partners. */
  public record OrganisationChoice(long id, String name, OrganisationKind kind) {}
}
