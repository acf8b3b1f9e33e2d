package org.yjtracker.web.boundary;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.ConfigProvider;

/** The session cookie is Secure only where the site runs on HTTPS (tracker.cookie.secure). */
@WebListener
public class SessionCookieSettings implements ServletContextListener {

  @Override
  public void contextInitialized(ServletContextEvent event) {
    boolean secure =
        ConfigProvider.getConfig()
            .getOptionalValue("tracker.cookie.secure", Boolean.class)
            .orElse(false);
    event.getServletContext().getSessionCookieConfig().setSecure(secure);
  }
}
