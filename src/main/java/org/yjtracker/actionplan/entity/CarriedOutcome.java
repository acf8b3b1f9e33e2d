package org.yjtracker.actionplan.entity;

/**
 * What the inspection that followed found of a recommendation it carried into its plan: only what
 * was not (fully) met is carried. Part of actionplan's published API: re-inspection names its
 * outcome this way when it carries a recommendation.
 */
public enum CarriedOutcome {
  PARTLY_MET,
  NOT_MET
}
