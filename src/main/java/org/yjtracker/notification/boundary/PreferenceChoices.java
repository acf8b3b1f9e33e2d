package org.yjtracker.notification.boundary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.yjtracker.notification.entity.Delivery;
import org.yjtracker.notification.entity.NotificationKind;
import org.yjtracker.platform.control.FieldError;
import org.yjtracker.platform.control.InvalidInputException;

/** Reads choices typed as names ("OVERDUE" → "WEEKLY"), refusing any unknown on its field. */
final class PreferenceChoices {

  private PreferenceChoices() {}

  /**
   * @param field the name errors give before the kind: "preferences" gives "preferences.OVERDUE"
   */
  static Map<NotificationKind, Delivery> read(Map<String, String> typed, String field) {
    if (typed == null || typed.isEmpty()) {
      throw new InvalidInputException(field, "Choose how you want at least one kind sent");
    }
    Map<NotificationKind, Delivery> choices = new EnumMap<>(NotificationKind.class);
    List<FieldError> errors = new ArrayList<>();
    typed.forEach(
        (kind, delivery) -> {
          NotificationKind k = named(NotificationKind.class, kind);
          Delivery d = named(Delivery.class, delivery);
          if (k == null) {
            errors.add(
                new FieldError(
                    field + "." + kind,
                    "No kind of notification is called that; the kinds are "
                        + names(NotificationKind.values())));
          } else if (d == null) {
            errors.add(
                new FieldError(field + "." + kind, "Choose one of " + names(Delivery.values())));
          } else {
            choices.put(k, d);
          }
        });
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return choices;
  }

  private static <E extends Enum<E>> E named(Class<E> type, String name) {
    if (name == null) {
      return null;
    }
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(name)) {
        return e;
      }
    }
    return null;
  }

  private static String names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).collect(Collectors.joining(", "));
  }
}
