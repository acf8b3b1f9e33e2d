package org.yjtracker.reportimport.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * One uploaded report: the text read from it and the draft extracted from that text, corrected by
 * the reviewer until it is confirmed as an inspection.
 */
@Entity
@Table(name = "report_import")
@NamedQuery(
    name = ReportImport.CONFIRMED_WITH_DIGEST,
    query =
        "SELECT r FROM ReportImport r WHERE r.textSha256 = :digest AND r.status ="
            + " org.yjtracker.reportimport.entity.ReportImport.Status.CONFIRMED")
public class ReportImport {

  public static final String CONFIRMED_WITH_DIGEST = "ReportImport.confirmedWithDigest";

  public enum Status {
    DRAFT,
    CONFIRMED
  }

  public enum SourceType {
    TEXT,
    PDF,
    /** A web page of the report, uploaded or pasted as HTML; the import keeps the page's text. */
    HTML
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Status status = Status.DRAFT;

  @Enumerated(EnumType.STRING)
  @Column(name = "source_type", nullable = false)
  private SourceType sourceType;

  @Column(name = "file_name")
  private String fileName;

  @Column(name = "size_bytes", nullable = false)
  private long sizeBytes;

  @Column(name = "text_sha256", nullable = false)
  private String textSha256;

  @Lob
  @Column(nullable = false)
  private String text;

  @Lob
  @Column(nullable = false)
  private String draft;

  @Column(name = "inspection_id")
  private Long inspectionId;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  @Version private long version;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected ReportImport() {}

  public ReportImport(
      SourceType sourceType,
      String fileName,
      long sizeBytes,
      String textSha256,
      String text,
      String draft,
      String createdBy) {
    this.sourceType = Objects.requireNonNull(sourceType);
    this.fileName = fileName;
    this.sizeBytes = sizeBytes;
    this.textSha256 = Objects.requireNonNull(textSha256);
    this.text = Objects.requireNonNull(text);
    this.draft = Objects.requireNonNull(draft);
    this.createdBy = Objects.requireNonNull(createdBy);
  }

  public void correct(String correctedDraft) {
    requireDraft();
    this.draft = Objects.requireNonNull(correctedDraft);
  }

  public void confirm(long inspection) {
    requireDraft();
    this.status = Status.CONFIRMED;
    this.inspectionId = inspection;
  }

  public boolean isDraft() {
    return status == Status.DRAFT;
  }

  private void requireDraft() {
    if (!isDraft()) {
      throw new IllegalStateException("Import " + id + " is already confirmed");
    }
  }

  @PrePersist
  void created() {
    createdAt = Instant.now();
    updatedAt = createdAt;
  }

  @PreUpdate
  void updated() {
    updatedAt = Instant.now();
  }

  public Long getId() {
    return id;
  }

  public Status getStatus() {
    return status;
  }

  public SourceType getSourceType() {
    return sourceType;
  }

  public String getFileName() {
    return fileName;
  }

  public long getSizeBytes() {
    return sizeBytes;
  }

  public String getText() {
    return text;
  }

  public String getDraft() {
    return draft;
  }

  public Long getInspectionId() {
    return inspectionId;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public long getVersion() {
    return version;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
