package org.yjtracker.organisation.entity;

import jakarta.persistence.Column;
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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.yjtracker.platform.control.FieldError;
import org.yjtracker.platform.control.InvalidInputException;

/** A youth justice service, its management board, or a partner organisation. */
@Entity
@Table(name = "organisation")
@NamedQuery(
    name = Organisation.BY_KIND_AND_NAME,
    query = "SELECT o FROM Organisation o WHERE o.kind = :kind AND o.name = :name")
@NamedQuery(
    name = Organisation.BOARD_OF,
    query = "SELECT o FROM Organisation o WHERE o.boardOf.id = :serviceId")
@NamedQuery(
    name = Organisation.PARTNERS_OF,
    query =
        "SELECT DISTINCT o FROM Organisation o JOIN o.serves s WHERE s.id = :serviceId ORDER BY"
            + " o.name")
public class Organisation {

  public static final String BY_KIND_AND_NAME = "Organisation.byKindAndName";
  public static final String BOARD_OF = "Organisation.boardOf";
  public static final String PARTNERS_OF = "Organisation.partnersOf";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private OrganisationKind kind;

  @Column(nullable = false)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Region region;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "board_of_id")
  private Organisation boardOf;

  @ManyToMany
  @JoinTable(
      name = "organisation_serves",
      joinColumns = @JoinColumn(name = "partner_id"),
      inverseJoinColumns = @JoinColumn(name = "service_id"))
  private Set<Organisation> serves = new LinkedHashSet<>();

  @Version private long version;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected Organisation() {}

  public Organisation(OrganisationKind kind, String name, Region region) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.name = Objects.requireNonNull(name, "name").strip();
    this.region = Objects.requireNonNull(region, "region");
  }

  /**
   * Sets what the organisation is and what it is linked to, checking the links its kind needs: a
   * board belongs to one service, a partner serves at least one, a service has neither.
   */
  public void describe(
      OrganisationKind kind,
      String name,
      Region region,
      Organisation boardOf,
      Set<Organisation> serves) {
    List<FieldError> errors = new ArrayList<>();
    if (kind == OrganisationKind.MANAGEMENT_BOARD) {
      if (boardOf == null) {
        errors.add(new FieldError("boardOfId", "A management board must belong to a service"));
      } else if (boardOf.kind != OrganisationKind.YJS) {
        errors.add(
            new FieldError("boardOfId", "A board can only belong to a youth justice service"));
      }
    } else if (boardOf != null) {
      errors.add(new FieldError("boardOfId", "Only a management board belongs to a service"));
    }
    if (kind.isPartner()) {
      if (serves.isEmpty()) {
        errors.add(new FieldError("servesIds", "A partner must serve at least one service"));
      }
      if (serves.stream().anyMatch(s -> s.kind != OrganisationKind.YJS)) {
        errors.add(new FieldError("servesIds", "A partner can only serve youth justice services"));
      }
    } else if (!serves.isEmpty()) {
      errors.add(new FieldError("servesIds", "Only a partner organisation serves services"));
    }
    if (this.id != null && kind != this.kind && this.kind == OrganisationKind.YJS) {
      errors.add(new FieldError("kind", "A youth justice service cannot become another kind"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    this.kind = kind;
    this.name = name.strip();
    this.region = region;
    this.boardOf = boardOf;
    this.serves.clear();
    this.serves.addAll(serves);
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

  public boolean isService() {
    return kind == OrganisationKind.YJS;
  }

  public Long getId() {
    return id;
  }

  public OrganisationKind getKind() {
    return kind;
  }

  public String getName() {
    return name;
  }

  public Region getRegion() {
    return region;
  }

  public Organisation getBoardOf() {
    return boardOf;
  }

  public List<Organisation> getServes() {
    return serves.stream().sorted(Comparator.comparing(Organisation::getName)).toList();
  }

  public long getVersion() {
    return version;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
