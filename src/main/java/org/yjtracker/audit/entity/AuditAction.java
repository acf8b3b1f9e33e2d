package org.yjtracker.audit.entity;

public enum AuditAction {
  CREATE,
  UPDATE,
  DELETE
}
