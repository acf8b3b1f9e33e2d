package org.yjtracker.access.control;

/**
 * The address a request came from, as sign-in throttling counts it. Behind a reverse proxy every
 * request arrives from the proxy, so all clients would share one address and one client's guessing
 * would hold everybody up; when the proxy is trusted ({@code tracker.proxy.trusted}) the client is
 * the last entry of {@code X-Forwarded-For}, the one the proxy itself appended (earlier entries
 * come from the client and prove nothing). Without a trusted proxy the header is ignored: anybody
 * can send it.
 */
public final class ClientAddress {

  private ClientAddress() {}

  public static String of(String remoteAddress, String forwardedFor, boolean proxyTrusted) {
    if (!proxyTrusted || forwardedFor == null || forwardedFor.isBlank()) {
      return remoteAddress;
    }
    String[] hops = forwardedFor.split(",");
    String last = hops[hops.length - 1].strip();
    // Bounded and plain, as it becomes a key of the throttle's table.
    return last.isEmpty() || last.length() > 64 || !last.matches("[0-9A-Za-z.:\\[\\]%_-]+")
        ? remoteAddress
        : last;
  }
}
