package org.yjtracker.web.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The pages every UK public-sector service owes its users, open to anybody: the accessibility
 * statement (a legal duty), the privacy notice, the cookies page and help with a contact.
 */
@ApplicationScoped
public class InformationPages implements PageRoutes {

  /** Where people write for help, accessible formats and their data; blank: ask locally. */
  @Inject
  @ConfigProperty(name = "tracker.support.email", defaultValue = " ")
  String contact;

  @Override
  public void register(Routes routes) {
    routes
        .open("/accessibility", r -> page("info/accessibility", "Accessibility statement"))
        .open("/privacy", r -> page("info/privacy", "Privacy notice"))
        .open("/cookies", r -> PageResult.view("info/cookies", "Cookies"))
        .open("/help", r -> page("info/help", "Help and contact"));
  }

  private PageResult page(String template, String title) {
    return PageResult.view(template, title).with("contact", contact.strip());
  }
}
