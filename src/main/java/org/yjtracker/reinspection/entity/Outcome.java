package org.yjtracker.reinspection.entity;

/** What the next inspection found of a recommendation of the previous one. */
public enum Outcome {
  MET,
  PARTLY_MET,
  NOT_MET,
  NO_LONGER_APPLICABLE;

  /** Only what was not (fully) met can be carried forward into the next plan. */
  public boolean canBeCarriedForward() {
    return this == PARTLY_MET || this == NOT_MET;
  }
}
