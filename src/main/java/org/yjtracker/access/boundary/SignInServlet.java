package org.yjtracker.access.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.yjtracker.access.control.CsrfTokens;
import org.yjtracker.access.entity.Caller;
import org.yjtracker.platform.control.FieldError;
import org.yjtracker.web.boundary.PageResult;
import org.yjtracker.web.boundary.PageWriter;
import org.yjtracker.web.control.Form;

/** The sign-in page: a plain form post, so it works without scripts. */
public class SignInServlet extends HttpServlet {

  @Inject Authenticator authenticator;
  @Inject ClientAddresses addresses;
  @Inject PageWriter pages;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (request.getAttribute(Caller.REQUEST_ATTRIBUTE) instanceof Caller) {
      response.sendRedirect(safeNext(request.getParameter("next")));
      return;
    }
    String notice = null;
    if (request.getParameter("expired") != null) {
      notice =
          "/resume".equals(request.getParameter("next"))
              ? "You were signed out because you had not used the tracker for a while. Sign in"
                  + " again: what you typed has been kept, and you can send it next."
              : "Your session has ended. Sign in again.";
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
    Form form = Form.of(Map.of("email", email));
    if (error != null) {
      form = form.withErrors(List.of(new FieldError("email", error)));
    }
    PageResult.View view =
        PageResult.view("access/signin", "Sign in")
            .form(form)
            .with("csrf", CsrfTokens.of(request.getSession(true)))
            .with("next", safeNext(request.getParameter("next")))
            .with("notice", notice)
            .status(status);
    pages.write(request, response, view);
  }

  /** Only a path on this site: an open redirect would make phishing links look like ours. */
  static String safeNext(String next) {
    if (next == null
        || !next.startsWith("/")
        || next.startsWith("//")
        || next.startsWith("/\\")
        || next.startsWith("/signin")) {
      return "/start";
    }
    return next;
  }

  private static String trimmed(String value) {
    return value == null ? "" : value.strip();
  }
}
