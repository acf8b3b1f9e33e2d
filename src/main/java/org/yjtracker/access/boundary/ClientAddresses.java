package org.yjtracker.access.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.yjtracker.access.control.ClientAddress;

/** {@link ClientAddress} with the tracker's proxy setting, for the places that throttle. */
@ApplicationScoped
public class ClientAddresses {

  @Inject
  @ConfigProperty(name = "tracker.proxy.trusted", defaultValue = "false")
  boolean proxyTrusted;

  public String of(HttpServletRequest request) {
    return ClientAddress.of(
        request.getRemoteAddr(), request.getHeader("X-Forwarded-For"), proxyTrusted);
  }
}
