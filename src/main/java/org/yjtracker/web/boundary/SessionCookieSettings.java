package org.yjtracker.web.boundary;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The session cookie (name and HttpOnly are in web.xml): SameSite=Lax, and Secure on every request
 * where the site runs on HTTPS only (tracker.cookie.secure). Secure for a request that came over
 * HTTPS is added per request by CookieAttributesFilter.
 */
@WebListener
public class SessionCookieSettings implements ServletContextListener {

  @Override
  public void contextInitialized(ServletContextEvent event) {
    boolean secure =
        ConfigProvider.getConfig()
            .getOptionalValue("tracker.cookie.secure", Boolean.class)
            .orElse(false);
    var cookie = event.getServletContext().getSessionCookieConfig();
    cookie.setSecure(secure);
    // Lax, not Strict: a link to the tracker in an email must open signed in. Payara 6.2025.10
    // does not write this attribute yet, so CookieAttributesFilter adds it to every Set-Cookie.
    cookie.setAttribute("SameSite", "Lax");
  }
}
