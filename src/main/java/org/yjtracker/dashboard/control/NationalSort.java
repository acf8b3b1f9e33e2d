package org.yjtracker.dashboard.control;

import java.util.Arrays;
import java.util.Locale;
import org.yjtracker.platform.control.InvalidInputException;

/**
 * The columns the national table sorts on. A client's sort key is looked up here and {@link
 * NationalSql} orders by the expression it keeps for each key: nothing a client sends is pasted in.
 */
public record NationalSort(Key key, boolean descending) {

  public static final NationalSort DEFAULT = new NationalSort(Key.SERVICE, false);

  public enum Key {
    SERVICE("service"),
    REGION("region"),
    FRAMEWORK("framework"),
    PUBLISHED("published"),
    OVERALL("overall"),
    SCORE("score"),
    PLAN_STAGE("planStage"),
    DAYS_LATE("daysLate"),
    OPEN_RECOMMENDATIONS("openRecommendations"),
    IMPLEMENTED_RECOMMENDATIONS("implementedRecommendations"),
    OVERDUE_ACTIONS("overdueActions"),
    STALE_ACTIONS("staleActions");

    private final String param;

    Key(String param) {
      this.param = param;
    }

    public String param() {
      return param;
    }
  }

  /** "overall" ascending, "-overall" descending; blank is the default (service name). */
  public static NationalSort parse(String value) {
    if (value == null || value.isBlank()) {
      return DEFAULT;
    }
    String text = value.strip();
    boolean descending = text.startsWith("-");
    String name = descending ? text.substring(1) : text;
    return Arrays.stream(Key.values())
        .filter(k -> k.param.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)))
        .findFirst()
        .map(k -> new NationalSort(k, descending))
        .orElseThrow(
            () ->
                new InvalidInputException(
                    "sort",
                    "Unknown sort '"
                        + value
                        + "'; use one of "
                        + Arrays.stream(Key.values()).map(Key::param).toList()
                        + ", with a leading - for descending"));
  }

  public String param() {
    return (descending ? "-" : "") + key.param;
  }
}
