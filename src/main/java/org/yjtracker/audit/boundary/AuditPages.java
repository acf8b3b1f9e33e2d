package org.yjtracker.audit.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yjtracker.access.boundary.PeopleNames;
import org.yjtracker.access.entity.Role;
import org.yjtracker.audit.entity.AuditAction;
import org.yjtracker.platform.control.Clocks;
import org.yjtracker.platform.control.FieldError;
import org.yjtracker.platform.entity.PageRequest;
import org.yjtracker.platform.entity.ResultPage;
import org.yjtracker.web.boundary.PageContext;
import org.yjtracker.web.boundary.PageResult;
import org.yjtracker.web.boundary.PageRoutes;
import org.yjtracker.web.boundary.Routes;
import org.yjtracker.web.control.Choice;
import org.yjtracker.web.control.DateInput;
import org.yjtracker.web.control.Form;
import org.yjtracker.web.control.Pager;
import org.yjtracker.web.entity.Section;

/**
 * The audit trail for inspectorate admins: every change, newest first, filtered by a plain GET form
 * (dates as GOV.UK date inputs) and paged; who made each change by name, when in words, and what it
 * changed field by field. A filter value the trail does not know is no filter; a date that is not
 * one is shown as an error on its field.
 */
@ApplicationScoped
public class AuditPages implements PageRoutes {

  static final int PAGE_SIZE = 25;

  /** The records that have a page to go to, by the trail's name for them. */
  private static final Map<String, String> RECORD_PAGES =
      Map.of("Organisation", "/organisations/%s", "Account", "/users/%s/edit");

  @Inject AuditLog log;
  @Inject PeopleNames people;

  /** One entry as the page shows it. */
  public record Row(
      AuditEntryView entry,
      String who,
      String record,
      String link,
      List<AuditChanges.Change> changes) {}

  @Override
  public void register(Routes routes) {
    routes.get("/audit", Section.AUDIT, this::list, Role.INSPECTORATE_ADMIN);
  }

  PageResult list(PageContext request) {
    List<String> types = log.objectTypes();
    String type = types.contains(request.param("objectType")) ? request.param("objectType") : "";
    String objectId = limited(request.param("objectId"), 64);
    String actor = limited(request.param("actor"), 254);
    AuditAction action =
        Arrays.stream(AuditAction.values())
            .filter(a -> a.name().equals(request.param("action")))
            .findFirst()
            .orElse(null);
    Form asked = request.form();
    List<FieldError> errors = new ArrayList<>();
    LocalDate from =
        sensible(DateInput.read(asked, "from", "The from date", errors), "from", errors);
    LocalDate to = sensible(DateInput.read(asked, "to", "The to date", errors), "to", errors);
    int page = request.positive("page", 1);
    ResultPage<AuditEntryView> found =
        log.search(
            new AuditLog.Filter(
                type.isEmpty() ? null : type,
                objectId.isEmpty() ? null : objectId,
                actor.isEmpty() ? null : actor,
                action,
                from == null ? null : startOf(from),
                to == null ? null : startOf(to.plusDays(1))),
            new PageRequest(page, PAGE_SIZE));
    Map<String, String> filters = new LinkedHashMap<>();
    filters.put("objectType", type);
    filters.put("objectId", objectId);
    filters.put("actor", actor);
    filters.put("action", action == null ? "" : action.name());
    putDate(filters, "from", from);
    putDate(filters, "to", to);
    Map<String, Object> shown = new LinkedHashMap<>(filters);
    for (String date : List.of("from", "to")) {
      for (String part : List.of("-day", "-month", "-year")) {
        shown.put(date + part, limited(asked.value(date + part), 4));
      }
    }
    Form form = Form.of(shown).withErrors(errors).anchor("from", "from-day").anchor("to", "to-day");
    var names = people.of(found.items().stream().map(AuditEntryView::actor).toList());
    List<Row> rows =
        found.items().stream()
            .map(
                e ->
                    new Row(
                        e,
                        PeopleNames.shown(names, e.actor()),
                        e.objectType() + " " + e.objectId(),
                        link(e),
                        AuditChanges.between(e.before(), e.after())))
            .toList();
    List<Choice> typeChoices = new ArrayList<>(List.of(new Choice("", "Any type")));
    types.forEach(t -> typeChoices.add(new Choice(t, t)));
    List<Choice> actions = new ArrayList<>(List.of(new Choice("", "Any change")));
    Arrays.stream(AuditAction.values()).forEach(a -> actions.add(new Choice(a.name(), a.label())));
    return PageResult.view("audit/trail", "Audit trail")
        .form(form)
        .with("types", typeChoices)
        .with("actions", actions)
        .with("rows", rows)
        .with("pager", Pager.of("/audit", filters, page, PAGE_SIZE, found.total()));
  }

  private static String link(AuditEntryView entry) {
    String page = RECORD_PAGES.get(entry.objectType());
    if (page == null
        || entry.action() == AuditAction.DELETE
        || !entry.objectId().matches("[1-9][0-9]{0,17}")) {
      return null;
    }
    return String.format(page, entry.objectId());
  }

  /** A date the trail can hold: from 1970 (no change is older) to 2999. */
  private static LocalDate sensible(LocalDate date, String name, List<FieldError> errors) {
    if (date != null && (date.getYear() < 1970 || date.getYear() > 2999)) {
      errors.add(new FieldError(name, "The " + name + " date must be between 1970 and 2999"));
      return null;
    }
    return date;
  }

  private static Instant startOf(LocalDate day) {
    return day.atStartOfDay(Clocks.TRACKER_ZONE).toInstant();
  }

  /** A date filter kept in the pages' addresses as its three boxes. */
  private static void putDate(Map<String, String> filters, String name, LocalDate date) {
    filters.put(name + "-day", date == null ? "" : String.valueOf(date.getDayOfMonth()));
    filters.put(name + "-month", date == null ? "" : String.valueOf(date.getMonthValue()));
    filters.put(name + "-year", date == null ? "" : String.valueOf(date.getYear()));
  }

  private static String limited(String value, int length) {
    return value.length() > length ? value.substring(0, length) : value;
  }
}
