package org.yjtracker.web.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.yjtracker.web.control.CookieAttributes;

/**
 * Gives every cookie SameSite and, over HTTPS, Secure ({@link CookieAttributes}). Payara 6.2025.10
 * writes neither attribute of the session cookie by itself (whatever web.xml or SessionCookieConfig
 * say), and it writes that cookie straight into its own response, past any response wrapper: so the
 * Set-Cookie headers are rewritten right after each call that can make the container write one
 * (getSession, changeSessionId), before anything commits the response, and once more at the end.
 *
 * <p>Settings: tracker.cookie.secure=true marks every cookie Secure (a site on HTTPS only);
 * tracker.proxy.trusted=true believes X-Forwarded-Proto (only behind a proxy that sets it and that
 * clients cannot bypass).
 */
public class CookieAttributesFilter extends HttpFilter {

  static final String FORWARDED_PROTO = "X-Forwarded-Proto";

  private boolean alwaysSecure;
  private boolean proxyTrusted;

  @Override
  public void init(FilterConfig filterConfig) throws ServletException {
    super.init(filterConfig);
    Config config = ConfigProvider.getConfig();
    alwaysSecure = config.getOptionalValue("tracker.cookie.secure", Boolean.class).orElse(false);
    proxyTrusted = config.getOptionalValue("tracker.proxy.trusted", Boolean.class).orElse(false);
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    boolean secure =
        alwaysSecure
            || CookieAttributes.arrivedOverHttps(
                request.isSecure(), request.getHeader(FORWARDED_PROTO), proxyTrusted);
    var hardening = new HardeningResponse(response, secure);
    chain.doFilter(new SessionWatchingRequest(request, hardening), hardening);
    hardening.harden();
  }

  /** Rewrites the Set-Cookie headers whenever one may have been added. */
  static final class HardeningResponse extends HttpServletResponseWrapper {

    private final boolean secure;

    HardeningResponse(HttpServletResponse response, boolean secure) {
      super(response);
      this.secure = secure;
    }

    void harden() {
      if (isCommitted()) {
        return;
      }
      List<String> written = List.copyOf(getHeaders("Set-Cookie"));
      List<String> hardened =
          written.stream().map(v -> CookieAttributes.harden(v, secure)).toList();
      if (written.isEmpty() || hardened.equals(written)) {
        return;
      }
      super.setHeader("Set-Cookie", hardened.get(0));
      hardened.stream().skip(1).forEach(value -> super.addHeader("Set-Cookie", value));
    }

    @Override
    public void addCookie(Cookie cookie) {
      super.addCookie(cookie);
      harden();
    }

    @Override
    public void setHeader(String name, String value) {
      super.setHeader(
          name, isSetCookie(name, value) ? CookieAttributes.harden(value, secure) : value);
    }

    @Override
    public void addHeader(String name, String value) {
      super.addHeader(
          name, isSetCookie(name, value) ? CookieAttributes.harden(value, secure) : value);
    }

    @Override
    public PrintWriter getWriter() throws IOException {
      harden();
      return super.getWriter();
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
      harden();
      return super.getOutputStream();
    }

    @Override
    public void flushBuffer() throws IOException {
      harden();
      super.flushBuffer();
    }

    @Override
    public void sendRedirect(String location) throws IOException {
      harden();
      super.sendRedirect(location);
    }

    @Override
    public void sendError(int status) throws IOException {
      harden();
      super.sendError(status);
    }

    @Override
    public void sendError(int status, String message) throws IOException {
      harden();
      super.sendError(status, message);
    }

    private static boolean isSetCookie(String name, String value) {
      return "Set-Cookie".equalsIgnoreCase(name) && value != null;
    }
  }

  /** The container writes the session cookie when a session starts or changes its id. */
  static final class SessionWatchingRequest extends HttpServletRequestWrapper {

    private final HardeningResponse response;

    SessionWatchingRequest(HttpServletRequest request, HardeningResponse response) {
      super(request);
      this.response = response;
    }

    @Override
    public HttpSession getSession(boolean create) {
      HttpSession session = super.getSession(create);
      if (create) {
        response.harden();
      }
      return session;
    }

    @Override
    public HttpSession getSession() {
      return getSession(true);
    }

    @Override
    public String changeSessionId() {
      String id = super.changeSessionId();
      response.harden();
      return id;
    }
  }
}
