package org.yjtracker.web.boundary;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The session cookie (name and HttpOnly are in web.xml): SameSite=Lax, and Secure where the site
 * runs on HTTPS (tracker.cookie.secure).
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
    // does not write this attribute yet, so SignInServlet writes the signed-in session's cookie.
    cookie.setAttribute("SameSite", "Lax");
  }
}
