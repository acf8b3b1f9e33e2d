package org.yjtracker.inspection.entity;

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
import org.yjtracker.framework.entity.Rating;
import org.yjtracker.framework.entity.Standard;

/**
 * A standard as the report rates it: the published rating, the key questions behind it, and the
 * professional discretion the ratings panel applied where the published rating is not the band of
 * the lowest key question.
 */
@Entity
@Table(name = "inspection_standard")
public class StandardResult {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "inspection_id")
  private Inspection inspection;

  @ManyToOne(optional = false)
  @JoinColumn(name = "standard_id")
  private Standard standard;

  @Enumerated(EnumType.STRING)
  @Column(name = "published_rating", nullable = false)
  private Rating publishedRating;

  @Enumerated(EnumType.STRING)
  @Column(name = "discretion_from")
  private Rating discretionFrom;

  @Column(name = "discretion_reason")
  private String discretionReason;

  @OneToMany(mappedBy = "standard", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<KeyQuestionResult> keyQuestions = new ArrayList<>();

  protected StandardResult() {}

  StandardResult(Inspection inspection, Standard standard, Rating publishedRating) {
    this.inspection = Objects.requireNonNull(inspection);
    this.standard = Objects.requireNonNull(standard);
    this.publishedRating = Objects.requireNonNull(publishedRating);
  }

  public void addKeyQuestion(int percentYes, List<Prompt> prompts) {
    keyQuestions.add(new KeyQuestionResult(this, keyQuestions.size() + 1, percentYes, prompts));
  }

  /** The ratings panel moved the standard from {@code from}, the band of its key questions. */
  public void applyDiscretion(Rating from, String reason) {
    this.discretionFrom = from;
    this.discretionReason =
        from == null || reason == null || reason.isBlank() ? null : reason.strip();
  }

  public List<Integer> percentYes() {
    return keyQuestions.stream().map(KeyQuestionResult::getPercentYes).toList();
  }

  public String code() {
    return standard.getCode();
  }

  public Standard getStandard() {
    return standard;
  }

  public Rating getPublishedRating() {
    return publishedRating;
  }

  public Rating getDiscretionFrom() {
    return discretionFrom;
  }

  public String getDiscretionReason() {
    return discretionReason;
  }

  public List<KeyQuestionResult> getKeyQuestions() {
    return keyQuestions;
  }
}
