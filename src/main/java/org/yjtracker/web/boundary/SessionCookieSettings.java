package org.yjtracker.web.boundary;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The session cookie: HttpOnly, SameSite=Lax, and Secure where the site runs on HTTPS
 * (tracker.cookie.secure).
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
    cookie.setHttpOnly(true);
    // Lax, not Strict: a link to the tracker in an email must open signed in.
    cookie.setAttribute("SameSite", "Lax");
  }
}
