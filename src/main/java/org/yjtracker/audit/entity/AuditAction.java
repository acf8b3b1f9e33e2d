package org.yjtracker.audit.entity;

public enum AuditAction {
  CREATE("Created"),
  UPDATE("Changed"),
  DELETE("Deleted");

  private final String label;

  AuditAction(String label) {
    this.label = label;
  }

  /** The change in words, as the audit trail shows it. */
  public String label() {
    return label;
  }
}
