package org.yjtracker.framework.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An inspection framework: what an inspection under it rates and how the ratings add up. Frameworks
 * without ratings (Short Quality Screening) have no standards and no bands.
 */
@Entity
@Table(name = "framework")
@NamedQuery(name = Framework.BY_CODE, query = "SELECT f FROM Framework f WHERE f.code = :code")
@NamedQuery(
    name = Framework.ALL,
    query = "SELECT f FROM Framework f ORDER BY f.appliesFrom, f.code")
public class Framework {

  public static final String BY_CODE = "Framework.byCode";
  public static final String ALL = "Framework.all";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, updatable = false)
  private String code;

  @Column(nullable = false)
  private String name;

  @Column(name = "applies_from", nullable = false)
  private int appliesFrom;

  @Column(name = "applies_until")
  private Integer appliesUntil;

  @Column(nullable = false)
  private boolean rated;

  @Column(nullable = false)
  private boolean scored;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "framework_band", joinColumns = @JoinColumn(name = "framework_id"))
  private List<RatingBand> bands = new ArrayList<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "framework_kind", joinColumns = @JoinColumn(name = "framework_id"))
  private List<FrameworkKind> kinds = new ArrayList<>();

  @OneToMany(mappedBy = "framework", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<Domain> domains = new ArrayList<>();

  @Version private long version;

  protected Framework() {}

  public Framework(
      String code,
      String name,
      int appliesFrom,
      Integer appliesUntil,
      boolean rated,
      boolean scored) {
    this.code = Objects.requireNonNull(code);
    this.name = Objects.requireNonNull(name);
    this.appliesFrom = appliesFrom;
    this.appliesUntil = appliesUntil;
    this.rated = rated;
    this.scored = scored;
  }

  public void addBand(RatingBand band) {
    bands.add(band);
  }

  /** The scale and thresholds as now published; recorded ratings are never changed by them. */
  public void replaceBands(List<RatingBand> newBands) {
    bands.clear();
    bands.addAll(newBands);
  }

  /** Adds a kind of inspection; the first added is offered first. */
  public void addKind(String kind, Integer ratedAreas) {
    kinds.add(new FrameworkKind(kind, kinds.size() + 1, ratedAreas));
  }

  /** The kinds of inspection carried out under this framework, in the order they are offered. */
  public List<FrameworkKind> getKinds() {
    return kinds.stream().sorted(Comparator.comparingInt(FrameworkKind::getPosition)).toList();
  }

  public Optional<FrameworkKind> kind(String kind) {
    return kinds.stream().filter(k -> k.getKind().equals(kind)).findFirst();
  }

  /** The standards an inspection of the kind rates: those of every domain the kind rates. */
  public List<Standard> standardsRatedIn(String kind) {
    return domains.stream()
        .filter(d -> d.isRatedIn(kind))
        .flatMap(d -> d.getStandards().stream())
        .sorted(Comparator.comparingInt(Standard::getPosition))
        .toList();
  }

  public Optional<Domain> domain(String domainCode) {
    return domains.stream().filter(d -> d.getCode().equals(domainCode)).findFirst();
  }

  public Domain addDomain(String domainCode, String domainName) {
    var domain = new Domain(this, domainCode, domainName, domains.size() + 1);
    domains.add(domain);
    return domain;
  }

  public List<Standard> standards() {
    return domains.stream()
        .flatMap(d -> d.getStandards().stream())
        .sorted(Comparator.comparingInt(Standard::getPosition))
        .toList();
  }

  public Optional<Standard> standard(String standardCode) {
    return standards().stream().filter(s -> s.getCode().equals(standardCode)).findFirst();
  }

  /** Best rating first, whatever order the rows were stored in. */
  public List<RatingBand> getBands() {
    return bands.stream().sorted(Comparator.comparing(RatingBand::getRating)).toList();
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public int getAppliesFrom() {
    return appliesFrom;
  }

  public Integer getAppliesUntil() {
    return appliesUntil;
  }

  public boolean isRated() {
    return rated;
  }

  public boolean isScored() {
    return scored;
  }

  public List<Domain> getDomains() {
    return domains;
  }

  public long getVersion() {
    return version;
  }
}
