package org.yjtracker.actionplan.entity;

/** Red, amber, green: how an owner (or the dates) say an action is going. */
public enum Rag {
  RED("Red"),
  AMBER("Amber"),
  GREEN("Green");

  private final String label;

  Rag(String label) {
    this.label = label;
  }

  /** The words pages and exports show. */
  public String label() {
    return label;
  }
}
