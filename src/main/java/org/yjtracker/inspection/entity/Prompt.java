package org.yjtracker.inspection.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One prompt under a key question, with its % Yes, as the report's annexe gives it. */
@Embeddable
public class Prompt {

  @Column(nullable = false)
  private String text;

  @Column(name = "percent_yes", nullable = false)
  private int percentYes;

  protected Prompt() {}

  public Prompt(String text, int percentYes) {
    this.text = text;
    this.percentYes = percentYes;
  }

  public String getText() {
    return text;
  }

  public int getPercentYes() {
    return percentYes;
  }
}
