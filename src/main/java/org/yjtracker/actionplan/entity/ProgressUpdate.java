package org.yjtracker.actionplan.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * A dated progress report on an action. Never changed once written (the database refuses it too); a
 * correction is a new update that names the one it corrects.
 */
@Entity
@Table(name = "progress_update")
public class ProgressUpdate {

  /** A link to evidence held elsewhere (a board paper, a dashboard). */
  @Embeddable
  public static class EvidenceLink {
    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String url;

    protected EvidenceLink() {}

    public EvidenceLink(String title, String url) {
      this.title = title;
      this.url = url;
    }

    public String getTitle() {
      return title;
    }

    public String getUrl() {
      return url;
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "action_id", updatable = false)
  private PlanAction action;

  @Column(nullable = false, updatable = false)
  private String author;

  @Column(name = "written_at", nullable = false, updatable = false)
  private Instant writtenAt;

  @Column(nullable = false, updatable = false)
  private String narrative;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private Rag rag;

  @Column(name = "percent_complete", updatable = false)
  private Integer percentComplete;

  @Column(name = "corrects_id", updatable = false)
  private Long correctsId;

  @BatchFetch(BatchFetchType.IN)
  @ElementCollection
  @CollectionTable(name = "progress_evidence_link", joinColumns = @JoinColumn(name = "update_id"))
  @OrderColumn(name = "position")
  private List<EvidenceLink> links = new ArrayList<>();

  @BatchFetch(BatchFetchType.IN)
  @OneToMany(mappedBy = "update")
  @OrderBy("id")
  private List<EvidenceFile> files = new ArrayList<>();

  protected ProgressUpdate() {}

  ProgressUpdate(
      PlanAction action,
      String author,
      Instant writtenAt,
      String narrative,
      Rag rag,
      Integer percentComplete,
      Long correctsId,
      List<EvidenceLink> links) {
    this.action = Objects.requireNonNull(action);
    this.author = Objects.requireNonNull(author);
    this.writtenAt = Objects.requireNonNull(writtenAt);
    this.narrative = Objects.requireNonNull(narrative).strip();
    this.rag = Objects.requireNonNull(rag);
    this.percentComplete = percentComplete;
    this.correctsId = correctsId;
    this.links.addAll(links);
  }

  public Long getId() {
    return id;
  }

  public String getAuthor() {
    return author;
  }

  public Instant getWrittenAt() {
    return writtenAt;
  }

  public String getNarrative() {
    return narrative;
  }

  public Rag getRag() {
    return rag;
  }

  public Integer getPercentComplete() {
    return percentComplete;
  }

  public Long getCorrectsId() {
    return correctsId;
  }

  public List<EvidenceLink> getLinks() {
    return links;
  }

  public List<EvidenceFile> getFiles() {
    return files;
  }

  public void attach(EvidenceFile file) {
    files.add(file);
  }

  public PlanAction getAction() {
    return action;
  }
}
