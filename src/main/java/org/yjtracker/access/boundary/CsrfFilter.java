package org.yjtracker.access.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yjtracker.access.control.CsrfTokens;
import org.yjtracker.access.entity.Caller;
import org.yjtracker.platform.control.Problem;
import org.yjtracker.web.control.PendingForm;

/**
 * Refuses state-changing requests that ride on the session cookie without the session's CSRF token.
 * Scripts that authenticate with Basic or a token send no cookie and need none.
 */
public class CsrfFilter extends HttpFilter {

  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

  /** Pages whose posts are authorised by a signed token in their own URL, not by the session. */
  static final Set<String> SIGNED_LINKS = Set.of("/unsubscribe");

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (SAFE_METHODS.contains(request.getMethod())) {
      chain.doFilter(request, response);
      return;
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.startsWith("/api/")) {
      boolean cookieAuthenticated =
          request.getAttribute(Caller.REQUEST_ATTRIBUTE) instanceof Caller caller
              && caller.needsCsrfToken();
      if (cookieAuthenticated
          && !CsrfTokens.matches(request.getSession(false), request.getHeader(CsrfTokens.HEADER))) {
        Problem.of(
                403,
                "Forbidden",
                "The request has no valid CSRF token. Reload the page and try again.")
            .writeTo(response);
        return;
      }
    } else if (SIGNED_LINKS.contains(path)) {
      // The signed token in the link, not the session cookie, is what allows the change, so a
      // forged cross-site post gains nothing; and a mail program's one-click unsubscribe (RFC
      // 8058) posts with no session at all.
      chain.doFilter(request, response);
      return;
    } else if (!CsrfTokens.matches(
        request.getSession(false), request.getParameter(CsrfTokens.FORM_FIELD))) {
      // Form posts come from our own pages; without the token the session ended (or the page was
      // forged). What was typed is kept for the person to send again once signed in: never acted
      // on without them seeing it, so a forged post achieves nothing.
      if (PendingForm.keeps(path)) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> fields.put(name, List.of(values)));
        request
            .getSession(true)
            .setAttribute(PendingForm.SESSION_ATTRIBUTE, new PendingForm(path, fields));
      }
      response.sendRedirect(
          request.getContextPath()
              + "/signin?expired&next="
              + URLEncoder.encode(
                  PendingForm.keeps(path) ? "/resume" : "/", StandardCharsets.UTF_8));
      return;
    }
    chain.doFilter(request, response);
  }
}
