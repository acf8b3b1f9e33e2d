package org.yjtracker.actionplan.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.yjtracker.organisation.entity.Organisation;

/**
 * The service's answer to one recommendation: accepted or not (with a reason unless agreed), which
 * owner leads, and any status an inspector set over the one its actions give.
 */
@Entity
@Table(name = "recommendation_response")
public class RecommendationResponse {

  @Id
  @Column(name = "recommendation_id")
  private Long recommendationId;

  @Enumerated(EnumType.STRING)
  private Acceptance acceptance;

  @Column(name = "acceptance_reason")
  private String acceptanceReason;

  @BatchFetch(BatchFetchType.IN)
  @ManyToOne
  @JoinColumn(name = "lead_owner_id")
  private Organisation leadOwner;

  @Enumerated(EnumType.STRING)
  @Column(name = "status_override")
  private RecommendationStatus statusOverride;

  @Column(name = "status_reason")
  private String statusReason;

  @Column(name = "status_set_by")
  private String statusSetBy;

  @Version private long version;

  protected RecommendationResponse() {}

  public RecommendationResponse(long recommendationId) {
    this.recommendationId = recommendationId;
  }

  public void accept(Acceptance answer, String reason, Organisation lead) {
    this.acceptance = answer;
    this.acceptanceReason = answer == Acceptance.AGREED || reason == null ? null : reason.strip();
    this.leadOwner = lead;
  }

  public void overrideStatus(RecommendationStatus status, String reason, String by) {
    this.statusOverride = status;
    this.statusReason = status == null ? null : reason;
    this.statusSetBy = status == null ? null : by;
  }

  public Long getRecommendationId() {
    return recommendationId;
  }

  public Acceptance getAcceptance() {
    return acceptance;
  }

  public String getAcceptanceReason() {
    return acceptanceReason;
  }

  public Organisation getLeadOwner() {
    return leadOwner;
  }

  public RecommendationStatus getStatusOverride() {
    return statusOverride;
  }

  public String getStatusReason() {
    return statusReason;
  }

  public String getStatusSetBy() {
    return statusSetBy;
  }

  public long getVersion() {
    return version;
  }
}
