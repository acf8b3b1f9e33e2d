package org.yjtracker.reinspection.entity;

import java.util.Optional;
import org.yjtracker.actionplan.entity.CarriedOutcome;

/** What the next inspection found of a recommendation of the previous one. */
public enum Outcome {
  MET("Met"),
  PARTLY_MET("Partly met"),
  NOT_MET("Not met"),
  NO_LONGER_APPLICABLE("No longer applicable");

  /** Only what was not (fully) met can be carried forward into the next plan. */
  public boolean canBeCarriedForward() {
    return carried().isPresent();
  }

  /** How the plan that carries the recommendation names this outcome; empty if it cannot. */
  public Optional<CarriedOutcome> carried() {
    return switch (this) {
      case PARTLY_MET -> Optional.of(CarriedOutcome.PARTLY_MET);
      case NOT_MET -> Optional.of(CarriedOutcome.NOT_MET);
      case MET, NO_LONGER_APPLICABLE -> Optional.empty();
    };
  }

  private final String label;

  Outcome(String label) {
    this.label = label;
  }

  /** The words pages and exports show. */
  public String label() {
    return label;
  }
}
