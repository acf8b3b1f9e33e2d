package org.yjtracker.framework.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A key question of a case-sampled standard, answered as the percentage of cases rated Yes. */
@Entity
@Table(name = "framework_key_question")
public class KeyQuestion {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "standard_id")
  private Standard standard;

  @Column(nullable = false)
  private int position;

  @Column(nullable = false)
  private String text;

  protected KeyQuestion() {}

  KeyQuestion(Standard standard, int position, String text) {
    this.standard = standard;
    this.position = position;
    this.text = text;
  }

  public int getPosition() {
    return position;
  }

  public String getText() {
    return text;
  }
}
