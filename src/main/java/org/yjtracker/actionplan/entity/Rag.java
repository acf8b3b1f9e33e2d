package org.yjtracker.actionplan.entity;

/** Red, amber, green: how an owner (or the dates) say an action is going. */
public enum Rag {
  RED,
  AMBER,
  GREEN
}
