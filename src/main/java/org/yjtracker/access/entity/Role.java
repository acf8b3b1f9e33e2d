package org.yjtracker.access.entity;

/** What an account may do; inspectorate roles see every service. */
public enum Role {
  INSPECTORATE_ADMIN("Inspectorate admin", true),
  INSPECTOR("Inspector", true),
  SERVICE_LEAD("Service lead", false),
  BOARD_MEMBER("Board member", false),
  PARTNER("Partner", false),
  VIEWER("Viewer", false);

  private final String label;
  private final boolean inspectorate;

  Role(String label, boolean inspectorate) {
    this.label = label;
    this.inspectorate = inspectorate;
  }

  public String label() {
    return label;
  }

  public boolean isInspectorate() {
    return inspectorate;
  }
}
