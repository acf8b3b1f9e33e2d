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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A group of standards (organisational delivery, court disposals, ...). */
@Entity
@Table(name = "framework_domain")
public class Domain {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "framework_id")
  private Framework framework;

  @Column(nullable = false)
  private String code;

  @Column(nullable = false)
  private String name;

  @Column(nullable = false)
  private int position;

  /** The kinds of inspection that rate this domain; none means every kind does. */
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "framework_domain_kind", joinColumns = @JoinColumn(name = "domain_id"))
  @Column(name = "kind")
  private Set<String> ratedIn = new HashSet<>();

  @OneToMany(mappedBy = "domain", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<Standard> standards = new ArrayList<>();

  protected Domain() {}

  Domain(Framework framework, String code, String name, int position) {
    this.framework = framework;
    this.code = code;
    this.name = name;
    this.position = position;
  }

  public Standard addStandard(String code, String name, boolean caseSampled, boolean scored) {
    int position =
        framework.standards().stream().mapToInt(Standard::getPosition).max().orElse(0) + 1;
    var standard = new Standard(this, code, name, position, caseSampled, scored);
    standards.add(standard);
    return standard;
  }

  /** Only inspections of these kinds rate the domain (the 2025 organisational delivery). */
  public void rateOnlyIn(Collection<String> kinds) {
    ratedIn.clear();
    ratedIn.addAll(kinds);
  }

  public boolean isRatedIn(String kind) {
    return ratedIn.isEmpty() || kind == null || ratedIn.contains(kind);
  }

  /** The kinds that rate this domain, empty when every kind does. */
  public Set<String> getRatedIn() {
    return Set.copyOf(ratedIn);
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public List<Standard> getStandards() {
    return standards;
  }
}
