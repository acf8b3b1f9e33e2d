package org.yjtracker.dashboard.control;

import java.util.Arrays;
import java.util.Locale;
import org.yjtracker.platform.control.InvalidInputException;

/**
 * The columns the national table sorts on, each with the SQL expression it orders by. Only these
 * reach the SQL: a client's sort key is looked up here, never pasted in.
 */
public record NationalSort(Key key, boolean descending) {

  public static final NationalSort DEFAULT = new NationalSort(Key.SERVICE, false);

  public enum Key {
    SERVICE("service", "o.name"),
    REGION("region", "o.region"),
    FRAMEWORK("framework", NationalSql.FRAMEWORK_NAME),
    PUBLISHED("published", "l.published_on"),
    OVERALL("overall", NationalSql.RATING_RANK),
    SCORE("score", "l.published_score"),
    PLAN_STAGE("planStage", NationalSql.STAGE_RANK),
    OPEN_RECOMMENDATIONS("openRecommendations", "open_recommendations"),
    IMPLEMENTED_RECOMMENDATIONS("implementedRecommendations", "implemented_recommendations"),
    OVERDUE_ACTIONS("overdueActions", "overdue_actions"),
    STALE_ACTIONS("staleActions", "stale_actions");

    private final String param;
    private final String expression;

    Key(String param, String expression) {
      this.param = param;
      this.expression = expression;
    }

    public String param() {
      return param;
    }

    String expression() {
      return expression;
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

  String orderBy() {
    String direction = descending ? " DESC" : " ASC";
    // Ties keep a stable order, so pages never repeat or skip a row.
    return key.expression() + direction + ", o.name ASC, o.id ASC";
  }
}
