package org.yjtracker.inspection.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.yjtracker.framework.entity.Framework;
import org.yjtracker.framework.entity.Rating;
import org.yjtracker.framework.entity.Standard;
import org.yjtracker.organisation.entity.Organisation;

/** One inspection of a youth justice service, recorded as its report published it. */
@Entity
@Table(name = "inspection")
@NamedQuery(
    name = Inspection.OF_SERVICE,
    query = "SELECT i FROM Inspection i WHERE i.service.id = :serviceId")
@NamedQuery(
    name = Inspection.BY_SERVICE_AND_DATE,
    query =
        "SELECT i FROM Inspection i WHERE i.service.id = :serviceId AND i.publishedOn ="
            + " :publishedOn")
public class Inspection {

  public static final String OF_SERVICE = "Inspection.ofService";
  public static final String BY_SERVICE_AND_DATE = "Inspection.byServiceAndDate";

  /** Chain order: by publication, else fieldwork, else the order they were entered. */
  public static final Comparator<Inspection> CHRONOLOGICAL =
      Comparator.comparing(
              (Inspection i) -> Optional.ofNullable(i.publishedOn).orElse(i.fieldworkStart),
              Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(i -> i.id, Comparator.nullsLast(Comparator.naturalOrder()));

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @BatchFetch(BatchFetchType.IN)
  @ManyToOne(optional = false)
  @JoinColumn(name = "service_id")
  private Organisation service;

  @ManyToOne(optional = false)
  @JoinColumn(name = "framework_id")
  private Framework framework;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private InspectionKind kind;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private InspectionStatus status = InspectionStatus.DRAFT;

  @Column(name = "fieldwork_start")
  private LocalDate fieldworkStart;

  @Enumerated(EnumType.STRING)
  @Column(name = "fieldwork_precision", nullable = false)
  private DatePrecision fieldworkPrecision = DatePrecision.DAY;

  @Column(name = "published_on")
  private LocalDate publishedOn;

  @Enumerated(EnumType.STRING)
  @Column(name = "published_precision", nullable = false)
  private DatePrecision publishedPrecision = DatePrecision.DAY;

  @Column(name = "lead_inspector")
  private String leadInspector;

  @Column(name = "report_reference")
  private String reportReference;

  @Column(nullable = false)
  private boolean joint;

  @ElementCollection
  @CollectionTable(
      name = "inspection_joint_inspectorate",
      joinColumns = @JoinColumn(name = "inspection_id"))
  @OrderColumn(name = "position")
  @Column(name = "name")
  private List<String> jointInspectorates = new ArrayList<>();

  @Column(name = "court_cases")
  private Integer courtCases;

  @Column(name = "out_of_court_cases")
  private Integer outOfCourtCases;

  @Column(name = "resettlement_cases")
  private Integer resettlementCases;

  @Column(name = "cases_inspected")
  private Integer casesInspected;

  @Column(name = "published_score")
  private Integer publishedScore;

  @Enumerated(EnumType.STRING)
  @Column(name = "published_overall")
  private Rating publishedOverall;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "previous_id")
  private Inspection previous;

  @Column(name = "published_at")
  private Instant publishedAt;

  @Column(name = "published_by")
  private String publishedBy;

  @OneToMany(mappedBy = "inspection", cascade = CascadeType.ALL, orphanRemoval = true)
  private List<StandardResult> standards = new ArrayList<>();

  @OneToMany(mappedBy = "inspection", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("standardCode, kind, position")
  private List<Finding> findings = new ArrayList<>();

  @OneToMany(mappedBy = "inspection", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("number")
  private List<Recommendation> recommendations = new ArrayList<>();

  @Version private long version;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected Inspection() {}

  public Inspection(Organisation service, Framework framework, InspectionKind kind) {
    this.service = Objects.requireNonNull(service);
    this.framework = Objects.requireNonNull(framework);
    this.kind = Objects.requireNonNull(kind);
  }

  public void moveTo(Organisation newService, Framework newFramework, InspectionKind newKind) {
    this.service = Objects.requireNonNull(newService);
    this.framework = Objects.requireNonNull(newFramework);
    this.kind = Objects.requireNonNull(newKind);
  }

  /** The dates as the report gives them: a month alone is its first day, MONTH precise. */
  public void date(
      LocalDate fieldwork,
      DatePrecision fieldworkExactness,
      LocalDate published,
      DatePrecision precision) {
    this.fieldworkStart = fieldwork;
    this.fieldworkPrecision = fieldworkExactness == null ? DatePrecision.DAY : fieldworkExactness;
    this.publishedOn = published;
    this.publishedPrecision = precision == null ? DatePrecision.DAY : precision;
  }

  public void describeReport(
      String lead, String reference, boolean isJoint, List<String> inspectorates) {
    this.leadInspector = blankToNull(lead);
    this.reportReference = blankToNull(reference);
    this.joint = isJoint;
    this.jointInspectorates.clear();
    if (isJoint) {
      this.jointInspectorates.addAll(inspectorates);
    }
  }

  public void sample(Integer court, Integer outOfCourt, Integer resettlement, Integer total) {
    this.courtCases = court;
    this.outOfCourtCases = outOfCourt;
    this.resettlementCases = resettlement;
    this.casesInspected = total;
  }

  public void judge(Integer score, Rating overall) {
    this.publishedScore = score;
    this.publishedOverall = overall;
  }

  /** Drops every rating; the caller flushes before adding new ones, as rows are unique. */
  public void clearRatings() {
    standards.clear();
    findings.clear();
  }

  public StandardResult rate(Standard standard, Rating rating) {
    var result = new StandardResult(this, standard, rating);
    standards.add(result);
    return result;
  }

  public void addFinding(String standardCode, FindingKind findingKind, String text) {
    int position =
        (int)
                findings.stream()
                    .filter(f -> Objects.equals(f.getStandardCode(), standardCode))
                    .filter(f -> f.getKind() == findingKind)
                    .count()
            + 1;
    findings.add(new Finding(this, standardCode, findingKind, position, text.strip()));
  }

  public Recommendation addRecommendation() {
    var recommendation = new Recommendation(this);
    recommendations.add(recommendation);
    return recommendation;
  }

  public void removeRecommendation(Recommendation recommendation) {
    recommendations.remove(recommendation);
  }

  public Optional<Recommendation> recommendation(long recommendationId) {
    return recommendations.stream().filter(r -> r.getId() == recommendationId).findFirst();
  }

  public void publish(String by, Instant at) {
    if (status == InspectionStatus.PUBLISHED) {
      throw new IllegalStateException("Inspection " + id + " is already published");
    }
    this.status = InspectionStatus.PUBLISHED;
    this.publishedBy = by;
    this.publishedAt = at;
  }

  public void follow(Inspection predecessor) {
    this.previous = predecessor;
  }

  /**
   * The publication as the report gives it, and as every view and export shows it: "2023-12" when
   * only the month is known, else the day; null before publication.
   */
  /** "2019-09" when the report gives only the month fieldwork started, else the day. */
  public String fieldwork() {
    if (fieldworkStart == null) {
      return null;
    }
    return fieldworkPrecision == DatePrecision.MONTH
        ? YearMonth.from(fieldworkStart).toString()
        : fieldworkStart.toString();
  }

  public String publication() {
    if (publishedOn == null) {
      return null;
    }
    return publishedPrecision == DatePrecision.MONTH
        ? YearMonth.from(publishedOn).toString()
        : publishedOn.toString();
  }

  public boolean isDraft() {
    return status == InspectionStatus.DRAFT;
  }

  public Optional<StandardResult> standard(String code) {
    return standards.stream().filter(s -> s.code().equals(code)).findFirst();
  }

  /** Standards in the framework's order. */
  public List<StandardResult> getStandards() {
    return standards.stream()
        .sorted(Comparator.comparingInt(s -> s.getStandard().getPosition()))
        .toList();
  }

  public List<Finding> findings(String standardCode, FindingKind findingKind) {
    return findings.stream()
        .filter(f -> Objects.equals(f.getStandardCode(), standardCode))
        .filter(f -> f.getKind() == findingKind)
        .sorted(Comparator.comparingInt(Finding::getPosition))
        .toList();
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

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  public Long getId() {
    return id;
  }

  public Organisation getService() {
    return service;
  }

  public Framework getFramework() {
    return framework;
  }

  public InspectionKind getKind() {
    return kind;
  }

  public InspectionStatus getStatus() {
    return status;
  }

  public LocalDate getFieldworkStart() {
    return fieldworkStart;
  }

  public LocalDate getPublishedOn() {
    return publishedOn;
  }

  public DatePrecision getPublishedPrecision() {
    return publishedPrecision;
  }

  public String getLeadInspector() {
    return leadInspector;
  }

  public String getReportReference() {
    return reportReference;
  }

  public boolean isJoint() {
    return joint;
  }

  public List<String> getJointInspectorates() {
    return jointInspectorates;
  }

  public Integer getCourtCases() {
    return courtCases;
  }

  public Integer getOutOfCourtCases() {
    return outOfCourtCases;
  }

  public Integer getResettlementCases() {
    return resettlementCases;
  }

  public Integer getCasesInspected() {
    return casesInspected;
  }

  public Integer getPublishedScore() {
    return publishedScore;
  }

  public Rating getPublishedOverall() {
    return publishedOverall;
  }

  public Inspection getPrevious() {
    return previous;
  }

  public Instant getPublishedAt() {
    return publishedAt;
  }

  public String getPublishedBy() {
    return publishedBy;
  }

  public List<Recommendation> getRecommendations() {
    return recommendations;
  }

  public long getVersion() {
    return version;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
