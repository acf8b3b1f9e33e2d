package org.yjtracker.actionplan.entity;

/** Whether the service accepts a recommendation; anything short of AGREED needs a reason. */
public enum Acceptance {
  AGREED,
  PARTLY_AGREED,
  NOT_AGREED
}
