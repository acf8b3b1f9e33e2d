package org.yjtracker.inspection.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A strength or an area for improvement the report lists, under a standard or for the whole. */
@Entity
@Table(name = "inspection_finding")
public class Finding {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "inspection_id")
  private Inspection inspection;

  /** Null for findings of the whole inspection. */
  @Column(name = "standard_code")
  private String standardCode;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private FindingKind kind;

  @Column(nullable = false)
  private int position;

  @Column(nullable = false)
  private String text;

  protected Finding() {}

  Finding(Inspection inspection, String standardCode, FindingKind kind, int position, String text) {
    this.inspection = inspection;
    this.standardCode = standardCode;
    this.kind = kind;
    this.position = position;
    this.text = text;
  }

  public String getStandardCode() {
    return standardCode;
  }

  public FindingKind getKind() {
    return kind;
  }

  public int getPosition() {
    return position;
  }

  public String getText() {
    return text;
  }
}
