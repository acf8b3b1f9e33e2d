package org.yjtracker.framework.entity;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A standard an inspection rates. Case-sampled standards are rated from their key questions; scored
 * ones count towards the total; a limiting standard caps the overall rating when rated badly.
 */
@Entity
@Table(name = "framework_standard")
public class Standard {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "domain_id")
  private Domain domain;

  @Column(nullable = false)
  private String code;

  @Column(nullable = false)
  private String name;

  @Column(nullable = false)
  private int position;

  @Column(name = "case_sampled", nullable = false)
  private boolean caseSampled;

  @Column(nullable = false)
  private boolean scored;

  @Column(name = "may_be_unrated", nullable = false)
  private boolean mayBeUnrated;

  @Enumerated(EnumType.STRING)
  @Column(name = "limit_when")
  private Rating limitWhen;

  @Enumerated(EnumType.STRING)
  @Column(name = "limit_caps_at")
  private Rating limitCapsAt;

  @OneToMany(mappedBy = "standard", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<KeyQuestion> keyQuestions = new ArrayList<>();

  protected Standard() {}

  Standard(
      Domain domain, String code, String name, int position, boolean caseSampled, boolean scored) {
    this.domain = Objects.requireNonNull(domain);
    this.code = Objects.requireNonNull(code);
    this.name = Objects.requireNonNull(name);
    this.position = position;
    this.caseSampled = caseSampled;
    this.scored = scored;
  }

  public void rename(String newName) {
    this.name = Objects.requireNonNull(newName).strip();
  }

  public void allowUnrated() {
    this.mayBeUnrated = true;
  }

  /** The overall rating can be no better than {@code capsAt} when this standard is {@code when}. */
  public void limitOverall(Rating when, Rating capsAt) {
    this.limitWhen = when;
    this.limitCapsAt = capsAt;
  }

  public KeyQuestion addKeyQuestion(String text) {
    var question = new KeyQuestion(this, keyQuestions.size() + 1, text);
    keyQuestions.add(question);
    return question;
  }

  public Domain getDomain() {
    return domain;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public int getPosition() {
    return position;
  }

  public boolean isCaseSampled() {
    return caseSampled;
  }

  public boolean isScored() {
    return scored;
  }

  public boolean isMayBeUnrated() {
    return mayBeUnrated;
  }

  public Rating getLimitWhen() {
    return limitWhen;
  }

  public Rating getLimitCapsAt() {
    return limitCapsAt;
  }

  public List<KeyQuestion> getKeyQuestions() {
    return keyQuestions;
  }
}
