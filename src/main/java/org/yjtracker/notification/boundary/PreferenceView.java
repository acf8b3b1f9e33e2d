package org.yjtracker.notification.boundary;

import java.util.List;
import java.util.Map;
import org.yjtracker.access.entity.Caller;
import org.yjtracker.notification.entity.Delivery;
import org.yjtracker.notification.entity.NotificationKind;

/**
 * One kind of notification and how the person has it delivered.
 *
 * @param concernsYou whether someone with the person's roles can be sent it at all
 */
public record PreferenceView(
    String kind, String label, String hint, String delivery, boolean concernsYou) {

  static List<PreferenceView> of(Caller caller, Map<NotificationKind, Delivery> chosen) {
    return chosen.entrySet().stream()
        .map(
            e ->
                new PreferenceView(
                    e.getKey().name(),
                    e.getKey().label(),
                    e.getKey().hint(),
                    e.getValue().name(),
                    e.getKey().concerns(caller.roles())))
        .toList();
  }
}
