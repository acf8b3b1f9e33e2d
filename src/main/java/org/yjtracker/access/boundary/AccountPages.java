package org.yjtracker.access.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.util.List;
import org.yjtracker.access.entity.Caller;
import org.yjtracker.platform.control.FieldError;
import org.yjtracker.web.boundary.PageContext;
import org.yjtracker.web.boundary.PageResult;
import org.yjtracker.web.boundary.PageRoutes;
import org.yjtracker.web.boundary.Routes;
import org.yjtracker.web.control.Choice;
import org.yjtracker.web.control.Form;
import org.yjtracker.web.control.FormErrors;
import org.yjtracker.web.entity.Section;

/**
 * Your account: who you are, your personal API tokens (made, shown once, revoked after a
 * confirmation) and changing your password. Each is a small form of its own; their errors show on
 * that form.
 */
@ApplicationScoped
public class AccountPages implements PageRoutes {

  /** A new token waits in the session for the page after the redirect, and is shown once. */
  static final String NEW_TOKEN = AccountPages.class.getName() + ".newToken";

  @Inject AccountRegistry registry;
  @Inject ApiTokens tokens;
  @Inject ClientAddresses addresses;
  @Inject Clock clock;

  @Override
  public void register(Routes routes) {
    routes
        .get("/account", Section.ACCOUNT, this::account)
        .post("/account/tokens", Section.ACCOUNT, this::createToken)
        .get("/account/tokens/{id}/revoke", Section.ACCOUNT, this::confirmRevoke)
        .post("/account/tokens/{id}/revoke", Section.ACCOUNT, this::revoke)
        .post("/account/password", Section.ACCOUNT, this::changePassword);
  }

  PageResult account(PageContext request) {
    List<?> created = null;
    HttpSession session = request.http().getSession(false);
    if (session != null && session.getAttribute(NEW_TOKEN) instanceof List<?> token) {
      session.removeAttribute(NEW_TOKEN);
      created = token;
    }
    return page(request, null, null, created);
  }

  PageResult createToken(PageContext request) {
    Form form = request.form();
    TokenRequest body = new TokenRequest();
    body.name = form.value("name").strip();
    String expiry = form.value("expiresInDays");
    body.expiresInDays = expiry.matches("[1-9][0-9]{0,3}") ? Integer.valueOf(expiry) : null;
    body.password = form.value("password");
    try {
      NewToken created = tokens.create(request.caller(), body, addresses.of(request.http()));
      // Its name and the token itself, as plain text the session can keep.
      request
          .http()
          .getSession()
          .setAttribute(NEW_TOKEN, List.of(created.details().name(), created.token()));
      return PageResult.redirect("/account#new-token-banner");
    } catch (RuntimeException e) {
      return page(request, form.with("password", null).withErrors(FormErrors.from(e)), null, null);
    }
  }

  PageResult confirmRevoke(PageContext request) {
    TokenView token = own(request);
    return PageResult.view("access/revokeToken", "Revoke the token")
        .form(Form.empty())
        .with("token", token);
  }

  PageResult revoke(PageContext request) {
    TokenView token = own(request);
    if (token.revokedAt() == null) {
      tokens.revoke(request.caller(), token.id());
    }
    return PageResult.redirect(
        "/account#tokens-heading", "The token \"" + token.name() + "\" has been revoked");
  }

  PageResult changePassword(PageContext request) {
    Form form = request.form();
    Caller caller = request.caller();
    List<FieldError> missing = new java.util.ArrayList<>();
    if (form.value("currentPassword").isEmpty()) {
      missing.add(new FieldError("currentPassword", "Enter your current password"));
    }
    if (form.value("newPassword").isEmpty()) {
      missing.add(new FieldError("newPassword", "Enter a new password"));
    }
    if (!missing.isEmpty()) {
      return page(request, null, blankPasswords(form).withErrors(missing), null);
    }
    try {
      int epoch =
          registry.changeOwnPassword(
              caller,
              form.value("currentPassword"),
              form.value("newPassword"),
              addresses.of(request.http()));
      HttpSession session = request.http().getSession(false);
      if (session != null) {
        // This session carries on under the new epoch; every other one has ended.
        session.setAttribute(TrackerAuthenticationMechanism.SESSION_EPOCH, epoch);
      }
      return PageResult.redirect(
          "/account",
          "Your password has been changed. You have been signed out everywhere else, and your"
              + " API tokens have been revoked.");
    } catch (RuntimeException e) {
      return page(request, null, blankPasswords(form).withErrors(FormErrors.from(e)), null);
    }
  }

  private static Form blankPasswords(Form form) {
    return form.with("currentPassword", null).with("newPassword", null);
  }

  private TokenView own(PageContext request) {
    return tokens.of(request.caller()).stream()
        .filter(t -> t.id() == request.id())
        .findFirst()
        .orElseThrow(() -> new jakarta.ws.rs.NotFoundException("No token with id " + request.id()));
  }

  /**
   * The account page with its forms: the token form and the password form each keep their own
   * values and errors (null: the form as it opens).
   */
  private PageResult.View page(
      PageContext request, Form tokenForm, Form passwordForm, List<?> created) {
    AccountView account = registry.find(request.caller().id());
    Form token = tokenForm == null ? Form.empty() : tokenForm;
    Form password = passwordForm == null ? Form.empty() : passwordForm;
    // The page's error summary shows the errors of whichever form was sent.
    Form shown = token.hasErrors() ? token : password;
    return PageResult.view("access/account", "Your account")
        .form(shown)
        .with("account", account)
        .with("tokens", tokens.of(request.caller()))
        .with("now", clock.instant())
        .with("tokenForm", token)
        .with("passwordForm", password)
        .with(
            "expiries",
            List.of(
                new Choice("7", "7 days"),
                new Choice("30", "30 days"),
                new Choice("", "The longest allowed (normally 90 days)")))
        .with("createdName", created == null ? null : String.valueOf(created.get(0)))
        .with("createdToken", created == null ? null : String.valueOf(created.get(1)));
  }
}
