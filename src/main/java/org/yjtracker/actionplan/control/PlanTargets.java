package org.yjtracker.actionplan.control;

import org.yjtracker.organisation.entity.OrganisationKind;

/** What an imported row can be matched to: the plan's recommendations and organisations. */
public final class PlanTargets {

  private PlanTargets() {}

  /**
   * A recommendation the plan answers: one of its inspection's, or one carried into it from an
   * earlier inspection.
   *
   * @param carriedFrom for a carried one, the earlier inspection's publication as inspections give
   *     it ("2022-02" or a day); null for the plan's own
   */
  public record RecommendationChoice(long id, int number, String text, String carriedFrom) {

    public RecommendationChoice(long id, int number, String text) {
      this(id, number, text, null);
    }

    /** Whether a reference such as "2 (February 2022)" names this carried recommendation. */
    boolean isCarriedAs(int wanted, String from) {
      return carriedFrom != null
          && number == wanted
          && (from.equalsIgnoreCase(carriedFrom)
              || from.equalsIgnoreCase(PlanReport.readable(carriedFrom)));
    }
  }

  /** The service, its board or one of its partners. */
  public record OrganisationChoice(long id, String name, OrganisationKind kind) {}
}
