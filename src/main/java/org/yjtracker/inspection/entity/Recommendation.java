package org.yjtracker.inspection.entity;

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
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.yjtracker.organisation.entity.Organisation;
import org.yjtracker.organisation.entity.OrganisationKind;

/**
 * A numbered recommendation of an inspection, with the addressee heading as published, the kinds of
 * body it is addressed to and the organisations from the directory that own it. The areas requiring
 * improvement of a Short Quality Screening report are recorded as recommendations too.
 */
@Entity
@Table(name = "recommendation")
public class Recommendation {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "inspection_id")
  private Inspection inspection;

  @Column(nullable = false)
  private int number;

  private String heading;

  @Column(nullable = false)
  private String text;

  @BatchFetch(BatchFetchType.IN)
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "recommendation_owner_kind",
      joinColumns = @JoinColumn(name = "recommendation_id"))
  @Column(name = "kind")
  @Enumerated(EnumType.STRING)
  private Set<OrganisationKind> ownerKinds = EnumSet.noneOf(OrganisationKind.class);

  @BatchFetch(BatchFetchType.IN)
  @ManyToMany
  @JoinTable(
      name = "recommendation_owner",
      joinColumns = @JoinColumn(name = "recommendation_id"),
      inverseJoinColumns = @JoinColumn(name = "organisation_id"))
  private Set<Organisation> owners = new LinkedHashSet<>();

  @BatchFetch(BatchFetchType.IN)
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "recommendation_standard",
      joinColumns = @JoinColumn(name = "recommendation_id"))
  @Column(name = "standard_code")
  private Set<String> standards = new TreeSet<>();

  @Version private long version;

  protected Recommendation() {}

  Recommendation(Inspection inspection) {
    this.inspection = Objects.requireNonNull(inspection);
  }

  public void describe(
      int number,
      String heading,
      String text,
      Collection<OrganisationKind> kinds,
      Collection<Organisation> ownedBy,
      Collection<String> standardCodes) {
    this.number = number;
    this.heading = heading == null || heading.isBlank() ? null : heading.strip();
    this.text = Objects.requireNonNull(text).strip();
    replace(ownerKinds, kinds);
    replace(owners, ownedBy);
    replace(standards, standardCodes);
  }

  /** Changes a collection in place so that JPA writes only the rows that changed. */
  private static <T> void replace(Set<T> current, Collection<T> wanted) {
    current.retainAll(wanted);
    current.addAll(wanted);
  }

  public Long getId() {
    return id;
  }

  public Inspection getInspection() {
    return inspection;
  }

  public int getNumber() {
    return number;
  }

  public String getHeading() {
    return heading;
  }

  public String getText() {
    return text;
  }

  public Set<OrganisationKind> getOwnerKinds() {
    return ownerKinds;
  }

  public Set<Organisation> getOwners() {
    return owners;
  }

  public Set<String> getStandards() {
    return standards;
  }

  public long getVersion() {
    return version;
  }
}
