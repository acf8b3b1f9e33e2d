package org.yjtracker.notification.boundary;

import java.util.Map;

/** The kinds to change and how each is to be delivered: {"OVERDUE": "IMMEDIATELY"}. */
public class PreferencesInput {
  public Map<String, String> preferences;
}
