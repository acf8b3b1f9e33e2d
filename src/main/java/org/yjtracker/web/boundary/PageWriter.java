package org.yjtracker.web.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yjtracker.access.control.CsrfTokens;
import org.yjtracker.access.entity.Caller;
import org.yjtracker.web.control.Frame;
import org.yjtracker.web.entity.Section;

/**
 * Writes pages: a template inside the layout, with the navigation for whoever is signed in, their
 * CSRF token for the page's forms and the message a redirect left; and the error pages, in the same
 * layout, with GOV.UK's words for each status.
 */
@ApplicationScoped
public class PageWriter {

  /** A message for the next page shown in this session (after a redirect). */
  static final String FLASH = "tracker.flash";

  @Inject Templates templates;

  public void write(HttpServletRequest request, HttpServletResponse response, PageResult.View view)
      throws IOException {
    Frame frame = frame(request, view.title(), view.hasErrors(), view.section(), view.scripts());
    Map<String, Object> parameters = new LinkedHashMap<>(view.model());
    parameters.put("frame", frame);
    send(response, view.status(), templates.render(view.template(), parameters));
  }

  /** The error page for a status, with a sentence of what to do; the detail may be null. */
  public void error(
      HttpServletRequest request, HttpServletResponse response, int status, String detail)
      throws IOException {
    ErrorWords words = ErrorWords.of(status);
    Frame frame = frame(request, words.heading(), false, null, List.of());
    Map<String, Object> parameters = new LinkedHashMap<>();
    parameters.put("frame", frame);
    parameters.put("heading", words.heading());
    parameters.put("advice", words.advice());
    parameters.put("detail", status >= 500 ? null : detail);
    response.resetBuffer();
    send(response, status, templates.render("web/error", parameters));
  }

  /** Keeps a message for the next page this session is shown. */
  public static void flash(HttpServletRequest request, String message) {
    if (message != null) {
      request.getSession(true).setAttribute(FLASH, message);
    }
  }

  Frame frame(
      HttpServletRequest request,
      String title,
      boolean hasErrors,
      Section section,
      List<String> scripts) {
    Caller caller = request.getAttribute(Caller.REQUEST_ATTRIBUTE) instanceof Caller c ? c : null;
    HttpSession session = request.getSession(false);
    String success = null;
    if (session != null && session.getAttribute(FLASH) instanceof String message) {
      session.removeAttribute(FLASH);
      success = message;
    }
    if (caller == null) {
      // Public pages start no session: they post nothing, so they need no token.
      return new Frame(title, hasErrors, null, List.of(), "", success, scripts, 0);
    }
    List<Frame.NavItem> navigation =
        Arrays.stream(Section.values())
            .filter(s -> s.shownTo(caller.roles()))
            .map(s -> new Frame.NavItem(s.href(), s.label(), s == section))
            .toList();
    boolean sessionAuthenticated = caller.needsCsrfToken();
    String csrf = sessionAuthenticated ? CsrfTokens.of(request.getSession(true)) : "";
    int seconds = sessionAuthenticated ? request.getSession(true).getMaxInactiveInterval() : 0;
    return new Frame(
        title, hasErrors, caller.displayName(), navigation, csrf, success, scripts, seconds);
  }

  private static void send(HttpServletResponse response, int status, String html)
      throws IOException {
    response.setStatus(status);
    response.setContentType("text/html;charset=UTF-8");
    response.setHeader("Cache-Control", "no-store");
    response.getWriter().write(html);
  }

  /** GOV.UK's headings for error pages, and what the person can do. */
  record ErrorWords(String heading, String advice) {
    static ErrorWords of(int status) {
      return switch (status) {
        case 400 ->
            new ErrorWords(
                "There is a problem with this request", "Go back to the page and try again.");
        case 403 ->
            new ErrorWords(
                "You do not have permission to see this page",
                "Sign in with an account that may see it, or ask your administrator.");
        case 404, 405 ->
            new ErrorWords(
                "Page not found",
                "If you typed the web address, check it is correct. If you pasted it, check you"
                    + " copied the entire address.");
        case 409 ->
            new ErrorWords(
                "Someone else changed this while you were working on it",
                "Go back, reload the page to see their change, and make yours again.");
        case 429 -> new ErrorWords("Too many attempts", "Wait a few minutes and try again.");
        case 503 ->
            new ErrorWords(
                "Sorry, the service is unavailable",
                "Try again in a few minutes. Nothing you entered on this page has been saved.");
        default ->
            status >= 500
                ? new ErrorWords(
                    "Sorry, there is a problem with the service",
                    "Try again later. Nothing you entered on this page has been saved unless the"
                        + " page said so.")
                : new ErrorWords(
                    "There is a problem with this request", "Go back to the page and try again.");
      };
    }
  }
}
