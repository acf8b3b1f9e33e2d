package org.yjtracker.actionplan.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.yjtracker.actionplan.control.ProgressSettings;

/** Reads the progress thresholds from the settings once, checked, as one typed object. */
@ApplicationScoped
public class ProgressSettingsSource {

  @Inject
  @ConfigProperty(name = "plan.due.days", defaultValue = "56")
  int dueDays;

  @Inject
  @ConfigProperty(name = "plan.due.soon.days", defaultValue = "14")
  int dueSoonDays;

  @Inject
  @ConfigProperty(name = "plan.stale.days", defaultValue = "30")
  int staleDays;

  /** Dependent (a record cannot be proxied); cheap to make. */
  @Produces
  ProgressSettings settings() {
    return new ProgressSettings(dueDays, dueSoonDays, staleDays);
  }
}
