package org.yjtracker.access.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.yjtracker.access.control.MetricsToken;
import org.yjtracker.access.entity.Caller;
import org.yjtracker.platform.control.DatabaseTrouble;
import org.yjtracker.platform.control.Problem;
import org.yjtracker.web.boundary.SecurityHeaders;

/**
 * Finds the caller of every request, from (in this order) an Authorization header (HTTP Basic or a
 * personal API token) or the session a sign-in started. It never demands a sign-in itself: the
 * API's access filter and the page servlet decide what needs one.
 */
@ApplicationScoped
public class TrackerAuthenticationMechanism implements HttpAuthenticationMechanism {

  public static final String SESSION_ACCOUNT = "tracker.account";

  /** The account's credential epoch at sign-in; a password change since then ends the session. */
  public static final String SESSION_EPOCH = "tracker.credentialEpoch";

  private static final Logger LOG =
      Logger.getLogger(TrackerAuthenticationMechanism.class.getName());
  private static final Set<String> STATIC_PREFIXES =
      Set.of("/webjars/", "/assets/", "/govuk/", "/js/", "/css/", "/favicon");

  @Inject Authenticator authenticator;
  @Inject ClientAddresses addresses;
  @Inject MetricsToken metricsToken;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (STATIC_PREFIXES.stream().anyMatch(path::startsWith)) {
      return context.doNothing();
    }
    try {
      String authorization = request.getHeader("Authorization");
      if (isMetricsScraper(path, authorization)) {
        request.setAttribute(MetricsAccessFilter.SCRAPER, Boolean.TRUE);
        return context.doNothing();
      }
      if (authorization != null && !authorization.isBlank()) {
        return fromHeader(authorization.strip(), request, response, context);
      }
      HttpSession session = request.getSession(false);
      if (session != null && session.getAttribute(SESSION_ACCOUNT) instanceof Long accountId) {
        Optional<Caller> caller =
            session.getAttribute(SESSION_EPOCH) instanceof Integer epoch
                ? authenticator.sessionCaller(accountId, epoch)
                : Optional.empty();
        if (caller.isPresent()) {
          return accept(caller.get(), request, context);
        }
        session.invalidate();
      }
      return context.doNothing();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Authentication could not be checked", e);
      return reject(
          response,
          Problem.of(503, "Service unavailable", "Sign-in cannot be checked just now. Try again."),
          Duration.ofSeconds(DatabaseTrouble.RETRY_AFTER_SECONDS));
    }
  }

  /** The scraper's token (not an account) opens /metrics and nothing else. */
  private boolean isMetricsScraper(String path, String authorization) {
    return (path.equals("/metrics") || path.startsWith("/metrics/"))
        && authorization != null
        && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
        && metricsToken.matches(authorization.substring(7).strip());
  }

  private AuthenticationStatus fromHeader(
      String authorization,
      HttpServletRequest request,
      HttpServletResponse response,
      HttpMessageContext context) {
    String scheme = authorization.split(" ", 2)[0];
    String value = authorization.substring(scheme.length()).strip();
    if (scheme.equalsIgnoreCase("Bearer")) {
      return authenticator
          .tokenCaller(value)
          .map(caller -> accept(caller, request, context))
          .orElseGet(
              () ->
                  reject(
                      response,
                      Problem.of(
                          401, "Unauthorized", "The API token is unknown, expired or revoked."),
                      null));
    }
    if (!scheme.equalsIgnoreCase("Basic")) {
      return reject(
          response, Problem.of(401, "Unauthorized", "Use HTTP Basic or a Bearer API token."), null);
    }
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(value), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      decoded = "";
    }
    int colon = decoded.indexOf(':');
    if (colon < 0) {
      return reject(
          response, Problem.of(401, "Unauthorized", "The Basic credentials are malformed."), null);
    }
    SignInOutcome outcome =
        authenticator.basic(
            decoded.substring(0, colon), decoded.substring(colon + 1), addresses.of(request));
    if (outcome.succeeded()) {
      return accept(outcome.caller(), request, context);
    }
    if (outcome.throttled()) {
      return reject(
          response,
          Problem.of(
              429,
              "Too many requests",
              "Too many failed sign-ins. Try again in "
                  + seconds(outcome.retryAfter())
                  + " seconds."),
          outcome.retryAfter());
    }
    return reject(
        response, Problem.of(401, "Unauthorized", "The email or password is not right."), null);
  }

  private static AuthenticationStatus accept(
      Caller caller, HttpServletRequest request, HttpMessageContext context) {
    request.setAttribute(Caller.REQUEST_ATTRIBUTE, caller);
    return context.notifyContainerAboutLogin(
        caller.email(), caller.roles().stream().map(Enum::name).collect(Collectors.toSet()));
  }

  private static AuthenticationStatus reject(
      HttpServletResponse response, Problem problem, Duration retryAfter) {
    try {
      SecurityHeaders.apply(response);
      if (retryAfter != null) {
        response.setHeader("Retry-After", String.valueOf(seconds(retryAfter)));
      }
      problem.writeTo(response);
      response.flushBuffer();
    } catch (IOException e) {
      LOG.log(Level.FINE, "Client went away", e);
    }
    return AuthenticationStatus.SEND_FAILURE;
  }

  private static long seconds(Duration duration) {
    return Math.max(1, (duration.toMillis() + 999) / 1000);
  }
}
