package org.yjtracker.access.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.yjtracker.access.control.CsrfTokens;
import org.yjtracker.access.entity.Caller;
import org.yjtracker.web.boundary.PageRenderer;
import org.yjtracker.web.control.Html;

/** The sign-in page: a plain form post, so it works without scripts. */
public class SignInServlet extends HttpServlet {

  @Inject Authenticator authenticator;
  @Inject ClientAddresses addresses;
  @Inject PageRenderer renderer;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (request.getAttribute(Caller.REQUEST_ATTRIBUTE) instanceof Caller) {
      response.sendRedirect(safeNext(request.getParameter("next")));
      return;
    }
    String notice = null;
    if (request.getParameter("expired") != null) {
      notice = "Your session has ended. Sign in again.";
    } else if (request.getParameter("signedout") != null) {
      notice = "You have signed out.";
    }
    show(request, response, 200, "", null, notice);
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String email = trimmed(request.getParameter("email"));
    String password = request.getParameter("password");
    if (email.isEmpty() || password == null || password.isEmpty()) {
      show(request, response, 400, email, "Enter your email address and password", null);
      return;
    }
    SignInOutcome outcome =
        authenticator.signIn(email, password, addresses.of(request), Caller.AuthMethod.SESSION);
    if (outcome.throttled()) {
      long minutes = Math.max(1, (outcome.retryAfter().toSeconds() + 59) / 60);
      response.setHeader("Retry-After", String.valueOf(outcome.retryAfter().toSeconds()));
      show(
          request,
          response,
          429,
          email,
          "Too many failed attempts. Wait "
              + minutes
              + (minutes == 1 ? " minute" : " minutes")
              + " and try again",
          null);
      return;
    }
    if (!outcome.succeeded()) {
      show(request, response, 401, email, "The email address or password is not right", null);
      return;
    }
    // A new session id and a new CSRF token: nothing fixed before sign-in survives it.
    request.getSession(true);
    request.changeSessionId();
    HttpSession session = request.getSession();
    session.removeAttribute(CsrfTokens.SESSION_ATTRIBUTE);
    session.setAttribute(TrackerAuthenticationMechanism.SESSION_ACCOUNT, outcome.caller().id());
    session.setAttribute(TrackerAuthenticationMechanism.SESSION_EPOCH, outcome.credentialEpoch());
    // The container cannot be told SameSite for its session cookie, so the signed-in session's
    // cookie is written here, replacing the one changeSessionId() set.
    response.setHeader(
        "Set-Cookie",
        request.getServletContext().getSessionCookieConfig().getName()
            + "="
            + session.getId()
            + "; Path=/; HttpOnly; SameSite=Lax"
            + (request.getServletContext().getSessionCookieConfig().isSecure() ? "; Secure" : ""));
    response.sendRedirect(safeNext(request.getParameter("next")));
  }

  private void show(
      HttpServletRequest request,
      HttpServletResponse response,
      int status,
      String email,
      String error,
      String notice)
      throws IOException {
    Map<String, String> slots = new HashMap<>();
    slots.put("email", Html.escape(email));
    slots.put("next", Html.escape(safeNext(request.getParameter("next"))));
    slots.put("csrf", Html.escape(CsrfTokens.of(request.getSession(true))));
    slots.put("emailerror", error == null ? "" : " govuk-form-group--error");
    slots.put(
        "error",
        error == null
            ? ""
            : "<div class=\"govuk-error-summary\" data-module=\"govuk-error-summary\"><div role=\"alert\">"
                + "<h2 class=\"govuk-error-summary__title\">There is a problem</h2>"
                + "<div class=\"govuk-error-summary__body\"><ul class=\"govuk-list govuk-error-summary__list\">"
                + "<li><a href=\"#email\">"
                + Html.escape(error)
                + "</a></li></ul></div></div></div>");
    slots.put(
        "notice",
        notice == null
            ? ""
            : "<div class=\"govuk-inset-text\" id=\"notice\">" + Html.escape(notice) + "</div>");
    renderer.render(
        request,
        response,
        status,
        error == null ? "Sign in" : "Error: Sign in",
        "signin",
        slots,
        null,
        null);
  }

  /** Only a path on this site: an open redirect would make phishing links look like ours. */
  static String safeNext(String next) {
    if (next == null
        || !next.startsWith("/")
        || next.startsWith("//")
        || next.startsWith("/\\")
        || next.startsWith("/signin")) {
      return "/organisations";
    }
    return next;
  }

  private static String trimmed(String value) {
    return value == null ? "" : value.strip();
  }
}
