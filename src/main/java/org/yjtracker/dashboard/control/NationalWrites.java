package org.yjtracker.dashboard.control;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import org.yjtracker.actionplan.control.PlanFigures;
import org.yjtracker.actionplan.entity.PlanStage;
import org.yjtracker.dashboard.control.NationalSql.Statement;
import org.yjtracker.dashboard.entity.NationalEntry;
import org.yjtracker.framework.entity.Rating;

/**
 * The statements that keep the national table: many rows in one statement (a start-up rebuild
 * writes thousands), and a plan's figures alone when only they moved. Every value is a parameter.
 */
public final class NationalWrites {

  private NationalWrites() {}

  /** A column of national_service and how a value fills it. */
  private record Column<T>(String name, Function<T, Object> value) {}

  /** The plan's figures: all that a progress change can move. */
  private static final List<Column<PlanFigures>> FIGURES =
      List.of(
          new Column<>("plan_id", PlanFigures::planId),
          new Column<>("plan_status", f -> name(f.planStatus())),
          new Column<>("plan_stage", f -> f.stage().name()),
          new Column<>("stage_rank", f -> stageRank(f.stage())),
          new Column<>("due_date", f -> date(f.dueDate())),
          new Column<>("plan_late", PlanFigures::late),
          new Column<>("days_late", PlanFigures::daysLate),
          new Column<>("open_recommendations", PlanFigures::openRecommendations),
          new Column<>("implemented_recommendations", PlanFigures::implementedRecommendations),
          new Column<>("overdue_actions", PlanFigures::overdueActions),
          new Column<>("due_soon_actions", PlanFigures::dueSoonActions),
          new Column<>("stale_actions", PlanFigures::staleActions),
          new Column<>("blocked_actions", PlanFigures::blockedActions),
          new Column<>("figures_on", f -> date(f.asOf())),
          new Column<>("next_change_on", f -> date(f.nextChange())));

  private static final List<Column<NationalEntry>> COLUMNS = columns();

  private static List<Column<NationalEntry>> columns() {
    List<Column<NationalEntry>> columns = new ArrayList<>();
    columns.add(new Column<>("service_id", NationalEntry::serviceId));
    columns.add(new Column<>("service_name", e -> e.latest().serviceName()));
    columns.add(new Column<>("region", e -> e.latest().region().name()));
    columns.add(new Column<>("inspection_id", e -> e.latest().inspectionId()));
    columns.add(new Column<>("framework_code", e -> e.latest().frameworkCode()));
    columns.add(new Column<>("framework_name", e -> e.latest().frameworkName()));
    columns.add(new Column<>("inspection_kind", e -> e.latest().kind().name()));
    columns.add(new Column<>("published_on", e -> date(e.latest().publishedOn())));
    columns.add(new Column<>("published_precision", e -> e.latest().publishedPrecision().name()));
    columns.add(new Column<>("overall", e -> name(e.latest().overall())));
    columns.add(new Column<>("overall_rank", e -> overallRank(e.latest().overall())));
    columns.add(new Column<>("score", e -> e.latest().score()));
    columns.add(new Column<>("previous_overall", e -> name(e.previousOverall())));
    FIGURES.forEach(f -> columns.add(new Column<>(f.name(), e -> f.value().apply(e.figures()))));
    return List.copyOf(columns);
  }

  /** The sort order of a rating: outstanding 4 down to inadequate 1, none 0. */
  public static int overallRank(Rating overall) {
    return overall == null ? 0 : RatingChanges.rank(overall);
  }

  /** The sort order of a stage: the order of the way from publication to the next inspection. */
  public static int stageRank(PlanStage stage) {
    return stage.ordinal();
  }

  /** Writes each entry's row, a new one or over the one kept. */
  public static Statement upsert(List<NationalEntry> entries) {
    require(entries);
    String placeholders = "(" + String.join(", ", Collections.nCopies(COLUMNS.size(), "?")) + ")";
    StringBuilder sql =
        new StringBuilder("INSERT INTO national_service (")
            .append(String.join(", ", COLUMNS.stream().map(Column::name).toList()))
            .append(") VALUES ")
            .append(String.join(", ", Collections.nCopies(entries.size(), placeholders)))
            .append(" ON DUPLICATE KEY UPDATE ")
            .append(
                String.join(
                    ", ",
                    COLUMNS.stream()
                        .skip(1)
                        .map(c -> c.name() + " = VALUES(" + c.name() + ")")
                        .toList()));
    List<Object> parameters = new ArrayList<>();
    for (NationalEntry entry : entries) {
      COLUMNS.forEach(c -> parameters.add(c.value().apply(entry)));
    }
    return new Statement(sql.toString(), Collections.unmodifiableList(parameters));
  }

  /** Only the plan's figures of the row showing this inspection (nothing else moved). */
  public static Statement figures(long inspectionId, PlanFigures figures) {
    List<Object> parameters = new ArrayList<>();
    FIGURES.forEach(c -> parameters.add(c.value().apply(figures)));
    parameters.add(inspectionId);
    return new Statement(
        "UPDATE national_service SET "
            + String.join(", ", FIGURES.stream().map(c -> c.name() + " = ?").toList())
            + " WHERE inspection_id = ?",
        Collections.unmodifiableList(parameters));
  }

  /** Forgets the filter rows of these services, before {@link #ownerKinds} and {@link #themes}. */
  public static List<Statement> forgetFilters(Collection<Long> serviceIds) {
    String in = in(serviceIds);
    List<Object> ids = List.copyOf(serviceIds);
    return List.of(
        new Statement("DELETE FROM national_service_owner_kind WHERE service_id IN " + in, ids),
        new Statement("DELETE FROM national_service_theme WHERE service_id IN " + in, ids));
  }

  /** The owner kinds of each entry; empty when none has any. */
  public static List<Statement> ownerKinds(List<NationalEntry> entries) {
    List<Object> parameters = new ArrayList<>();
    entries.forEach(
        e ->
            e.ownerKinds()
                .forEach(
                    k -> {
                      parameters.add(k.name());
                      parameters.add(e.serviceId());
                    }));
    return pairs("national_service_owner_kind (kind, service_id)", parameters);
  }

  /** The theme codes of each entry; empty when none has any. */
  public static List<Statement> themes(List<NationalEntry> entries) {
    List<Object> parameters = new ArrayList<>();
    entries.forEach(
        e ->
            e.themes()
                .forEach(
                    t -> {
                      parameters.add(t);
                      parameters.add(e.serviceId());
                    }));
    return pairs("national_service_theme (theme_code, service_id)", parameters);
  }

  /** Removes the rows of services that no longer have a published inspection. */
  public static Statement remove(Collection<Long> serviceIds) {
    return new Statement(
        "DELETE FROM national_service WHERE service_id IN " + in(serviceIds),
        List.copyOf(serviceIds));
  }

  private static List<Statement> pairs(String table, List<Object> parameters) {
    if (parameters.isEmpty()) {
      return List.of();
    }
    return List.of(
        new Statement(
            "INSERT INTO "
                + table
                + " VALUES "
                + String.join(", ", Collections.nCopies(parameters.size() / 2, "(?, ?)")),
            Collections.unmodifiableList(parameters)));
  }

  /** "(?, ?, ?)" for the ids: the ids themselves are parameters. */
  public static String in(Collection<?> ids) {
    require(ids);
    return "(" + String.join(", ", Collections.nCopies(ids.size(), "?")) + ")";
  }

  private static void require(Collection<?> values) {
    if (values.isEmpty()) {
      throw new IllegalArgumentException("Nothing to write");
    }
  }

  private static String name(Enum<?> value) {
    return value == null ? null : value.name();
  }

  private static Date date(LocalDate day) {
    return day == null ? null : Date.valueOf(day);
  }
}
