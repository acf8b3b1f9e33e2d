package org.yjtracker.reinspection.boundary;

/** An inspector's judgement of one previous recommendation. */
public class OutcomeInput {
  /** MET, PARTLY_MET, NOT_MET or NO_LONGER_APPLICABLE. */
  public String outcome;

  public String note;

  /** The version read; needed to change an outcome already recorded. */
  public Long version;
}
