package org.yjtracker.reinspection.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.yjtracker.inspection.entity.Inspection;

/**
 * The outcome the next inspection recorded for one recommendation of the previous inspection, with
 * the inspector's note.
 */
@Entity
@Table(name = "recommendation_outcome")
@NamedQuery(
    name = RecommendationOutcome.OF_RECOMMENDATIONS,
    query = "SELECT o FROM RecommendationOutcome o WHERE o.recommendationId IN :recommendationIds")
public class RecommendationOutcome {

  public static final String OF_RECOMMENDATIONS = "RecommendationOutcome.ofRecommendations";

  @Id
  @Column(name = "recommendation_id")
  private Long recommendationId;

  @ManyToOne(optional = false)
  @JoinColumn(name = "judged_in_id")
  private Inspection judgedIn;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Outcome outcome;

  private String note;

  @Column(name = "recorded_by", nullable = false)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  @Version private long version;

  protected RecommendationOutcome() {}

  public RecommendationOutcome(long recommendationId, Inspection judgedIn) {
    this.recommendationId = recommendationId;
    this.judgedIn = Objects.requireNonNull(judgedIn);
  }

  public void record(Outcome outcome, String note, String by, Instant at) {
    this.outcome = Objects.requireNonNull(outcome);
    this.note = note == null || note.isBlank() ? null : note.strip();
    this.recordedBy = Objects.requireNonNull(by);
    this.recordedAt = Objects.requireNonNull(at);
  }

  public Long getRecommendationId() {
    return recommendationId;
  }

  public Inspection getJudgedIn() {
    return judgedIn;
  }

  public Outcome getOutcome() {
    return outcome;
  }

  public String getNote() {
    return note;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }

  public long getVersion() {
    return version;
  }
}
