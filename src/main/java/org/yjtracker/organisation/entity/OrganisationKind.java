package org.yjtracker.organisation.entity;

/** What an organisation is; it decides which links it may have. */
public enum OrganisationKind {
  YJS("Youth justice service"),
  MANAGEMENT_BOARD("Management board"),
  LOCAL_AUTHORITY("Local authority"),
  POLICE("Police"),
  PCC("Police and crime commissioner"),
  HEALTH("Health"),
  EDUCATION("Education"),
  PROBATION("Probation"),
  OTHER("Other partner");

  private final String label;

  OrganisationKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Partners serve services; the service and its board do not. */
  public boolean isPartner() {
    return this != YJS && this != MANAGEMENT_BOARD;
  }
}
