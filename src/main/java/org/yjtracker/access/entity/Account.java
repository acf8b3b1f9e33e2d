package org.yjtracker.access.entity;

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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.yjtracker.organisation.entity.Organisation;
import org.yjtracker.platform.control.InvalidInputException;

/** A person (or script) that signs in: one or more roles, one or more organisations. */
@Entity
@Table(name = "account")
@NamedQuery(name = Account.BY_EMAIL, query = "SELECT a FROM Account a WHERE a.email = :email")
@NamedQuery(name = Account.COUNT, query = "SELECT COUNT(a) FROM Account a")
public class Account {

  public static final String BY_EMAIL = "Account.byEmail";
  public static final String COUNT = "Account.count";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String email;

  @Column(name = "display_name", nullable = false)
  private String displayName;

  @Column(name = "password_hash", nullable = false)
  private String passwordHash;

  @Column(nullable = false)
  private boolean active = true;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
  @Column(name = "role")
  @Enumerated(EnumType.STRING)
  private Set<Role> roles = EnumSet.noneOf(Role.class);

  @ManyToMany
  @JoinTable(
      name = "account_membership",
      joinColumns = @JoinColumn(name = "account_id"),
      inverseJoinColumns = @JoinColumn(name = "organisation_id"))
  private Set<Organisation> organisations = new LinkedHashSet<>();

  /** Moves on with every password change; a session signed in under an older one has ended. */
  @Column(name = "credential_epoch", nullable = false)
  private int credentialEpoch;

  @Version private long version;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected Account() {}

  public Account(String email, String displayName, String passwordHash) {
    this.email = normaliseEmail(email);
    this.displayName = Objects.requireNonNull(displayName).strip();
    this.passwordHash = Objects.requireNonNull(passwordHash);
  }

  public static String normaliseEmail(String email) {
    return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
  }

  /**
   * Grants roles and memberships together, because one constrains the other: everybody outside the
   * inspectorate must belong to an organisation, or they would see nothing at all.
   */
  public void assign(Set<Role> roles, Set<Organisation> organisations) {
    if (roles.isEmpty()) {
      throw new InvalidInputException("roles", "Give the account at least one role");
    }
    boolean inspectorateOnly = roles.stream().allMatch(Role::isInspectorate);
    if (!inspectorateOnly && organisations.isEmpty()) {
      throw new InvalidInputException(
          "organisationIds", "Accounts outside the inspectorate must belong to an organisation");
    }
    this.roles.clear();
    this.roles.addAll(roles);
    this.organisations.clear();
    this.organisations.addAll(organisations);
  }

  public void rename(String email, String displayName) {
    this.email = normaliseEmail(email);
    this.displayName = displayName.strip();
  }

  /** A new password ends the account's sessions: their credential epoch is now out of date. */
  public void changePasswordHash(String passwordHash) {
    this.passwordHash = Objects.requireNonNull(passwordHash);
    this.credentialEpoch++;
  }

  public void activate(boolean active) {
    this.active = active;
  }

  public Caller asCaller(Caller.AuthMethod method) {
    return new Caller(
        id,
        email,
        displayName,
        roles,
        organisations.stream().map(Organisation::getId).collect(Collectors.toSet()),
        method);
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

  public String getEmail() {
    return email;
  }

  public String getDisplayName() {
    return displayName;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public boolean isActive() {
    return active;
  }

  public Set<Role> getRoles() {
    return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
  }

  public List<Organisation> getOrganisations() {
    return organisations.stream().sorted(Comparator.comparing(Organisation::getName)).toList();
  }

  public int getCredentialEpoch() {
    return credentialEpoch;
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
