package org.yjtracker.access.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.ws.rs.NotFoundException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.yjtracker.access.control.BasicCredentialCache;
import org.yjtracker.access.control.PasswordHasher;
import org.yjtracker.access.control.PasswordPolicy;
import org.yjtracker.access.entity.Account;
import org.yjtracker.access.entity.Caller;
import org.yjtracker.access.entity.Role;
import org.yjtracker.audit.control.AuditTrail;
import org.yjtracker.organisation.entity.Organisation;
import org.yjtracker.platform.control.ConflictException;
import org.yjtracker.platform.control.InvalidInputException;
import org.yjtracker.platform.control.Like;
import org.yjtracker.platform.control.PagedQuery;
import org.yjtracker.platform.entity.PageRequest;
import org.yjtracker.platform.entity.ResultPage;

/** Accounts as inspectorate admins manage them; every change goes to the audit trail. */
@ApplicationScoped
@Transactional
public class AccountRegistry {

  static final String AUDIT_TYPE = "Account";

  @PersistenceContext EntityManager em;
  @Inject PasswordHasher hasher;
  @Inject AuditTrail audit;
  @Inject Authenticator authenticator;
  @Inject ApiTokens tokens;
  @Inject BasicCredentialCache basicCache;

  public ResultPage<AccountView> search(
      String text, Role role, Long organisationId, Boolean active, PageRequest page) {
    return PagedQuery.of(Account.class, "a")
        .whereGiven(
            "LOWER(a.email) LIKE :text OR LOWER(a.displayName) LIKE :text",
            "text",
            Like.containing(text))
        .whereGiven(":role MEMBER OF a.roles", "role", role)
        .whereGiven(
            "EXISTS (SELECT o FROM Account b JOIN b.organisations o WHERE b = a AND o.id = :org)",
            "org",
            organisationId)
        .whereGiven("a.active = :active", "active", active)
        .page(em, "a.displayName, a.id", page, AccountView::of);
  }

  /** Which of these email addresses belong to active accounts (one query for all of them). */
  public List<String> activeAmong(Collection<String> emails) {
    if (emails.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "SELECT a.email FROM Account a WHERE a.active = TRUE AND a.email IN :emails ORDER BY"
                + " a.email",
            String.class)
        .setParameter("emails", emails.stream().map(Account::normaliseEmail).toList())
        .getResultList();
  }

  public AccountView find(long id) {
    return AccountView.of(account(id));
  }

  public AccountView create(Caller caller, @Valid AccountInput input) {
    if (input.password == null || input.password.isEmpty()) {
      throw new InvalidInputException("password", "Enter a password for the new account");
    }
    rejectDuplicateEmail(input.email, null);
    Set<Organisation> organisations = organisations(input.organisationIdsOrEmpty());
    PasswordPolicy.standard().check(input.password, "password", input.email, names(organisations));
    var account =
        new Account(input.email, input.displayName, hasher.hash(input.password, "password"));
    account.assign(input.roleValues(), organisations);
    account.activate(input.activeOrDefault());
    em.persist(account);
    em.flush();
    audit.created(caller, AUDIT_TYPE, account.getId(), AccountState.of(account, true));
    return AccountView.of(account);
  }

  public AccountView update(Caller caller, long id, @Valid AccountInput input) {
    Account account = account(id);
    if (input.version == null) {
      throw new InvalidInputException("version", "Send the version you edited");
    }
    if (input.version != account.getVersion()) {
      throw new ConflictException(
          "Someone else changed this account while you were editing it.",
          "version",
          AccountView.of(account));
    }
    if (account.getId() == caller.id()) {
      if (!input.activeOrDefault()) {
        throw new InvalidInputException("active", "You cannot deactivate your own account");
      }
      if (!input.roleValues().contains(Role.INSPECTORATE_ADMIN)
          && account.getRoles().contains(Role.INSPECTORATE_ADMIN)) {
        throw new InvalidInputException("roles", "You cannot remove your own admin role");
      }
    }
    rejectDuplicateEmail(input.email, id);
    var before = AccountState.of(account, false);
    boolean passwordChanged = input.password != null && !input.password.isEmpty();
    Set<Organisation> organisations = organisations(input.organisationIdsOrEmpty());
    if (passwordChanged) {
      PasswordPolicy.standard()
          .check(input.password, "password", input.email, names(organisations));
      account.changePasswordHash(hasher.hash(input.password, "password"));
    }
    account.rename(input.email, input.displayName);
    account.assign(input.roleValues(), organisations);
    account.activate(input.activeOrDefault());
    em.flush();
    if (passwordChanged) {
      credentialsReplaced(account);
    } else if (!account.isActive()) {
      basicCache.forget(account.getId());
    }
    audit.updated(caller, AUDIT_TYPE, id, before, AccountState.of(account, passwordChanged));
    return AccountView.of(account);
  }

  /**
   * The first inspectorate admin, created on an empty database. Answers false if not empty. The
   * password must have passed {@link PasswordPolicy} (FirstAdmin decides what to do if not).
   */
  public boolean createFirstAdmin(String email, String displayName, String password) {
    if (!isEmpty()) {
      return false;
    }
    var account = new Account(email, displayName, hasher.hash(password, "tracker.admin.password"));
    account.assign(Set.of(Role.INSPECTORATE_ADMIN), Set.of());
    em.persist(account);
    em.flush();
    audit.created(Caller.SYSTEM, AUDIT_TYPE, account.getId(), AccountState.of(account, true));
    return true;
  }

  /**
   * Changing one's own password needs the current one, as a stolen session must not suffice; a
   * wrong one counts as a failed sign-in from {@code address}. Answers the new credential epoch,
   * under which the caller's own session may carry on.
   */
  public int changeOwnPassword(Caller caller, String current, String replacement, String address) {
    authenticator.confirmPassword(caller, current, address, "currentPassword");
    Account account = account(caller.id());
    PasswordPolicy.standard()
        .check(replacement, "newPassword", account.getEmail(), names(account.getOrganisations()));
    var before = AccountState.of(account, false);
    account.changePasswordHash(hasher.hash(replacement, "newPassword"));
    em.flush();
    credentialsReplaced(account);
    audit.updated(caller, AUDIT_TYPE, account.getId(), before, AccountState.of(account, true));
    return account.getCredentialEpoch();
  }

  /**
   * A new password shuts out whoever held the old one: the account's sessions end (their epoch is
   * now old), its API tokens are revoked and its cached Basic credentials are dropped.
   */
  private void credentialsReplaced(Account account) {
    tokens.revokeAll(account.getId());
    basicCache.forget(account.getId());
  }

  /** Moves on with every password change; sessions carry the one they signed in under. */
  public int credentialEpoch(long id) {
    return account(id).getCredentialEpoch();
  }

  /** No account at all yet: the first admin is still to be created. */
  public boolean isEmpty() {
    return em.createNamedQuery(Account.COUNT, Long.class).getSingleResult() == 0;
  }

  private static List<String> names(Collection<Organisation> organisations) {
    return organisations.stream().map(Organisation::getName).toList();
  }

  private Account account(long id) {
    return Optional.ofNullable(em.find(Account.class, id))
        .orElseThrow(() -> new NotFoundException("No account with id " + id));
  }

  private Set<Organisation> organisations(List<Long> ids) {
    Set<Organisation> found = new LinkedHashSet<>();
    for (Long id : ids) {
      found.add(
          Optional.ofNullable(id == null ? null : em.find(Organisation.class, id))
              .orElseThrow(
                  () ->
                      new InvalidInputException(
                          "organisationIds", "No organisation with id " + id)));
    }
    return found;
  }

  private void rejectDuplicateEmail(String email, Long ownId) {
    em.createNamedQuery(Account.BY_EMAIL, Account.class)
        .setParameter("email", Account.normaliseEmail(email))
        .getResultStream()
        .filter(existing -> !existing.getId().equals(ownId))
        .findFirst()
        .ifPresent(
            existing -> {
              throw new ConflictException(
                  "An account with this email address already exists", "email", null);
            });
  }
}
