package org.yjtracker.actionplan.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Part;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yjtracker.access.boundary.PeopleNames;
import org.yjtracker.actionplan.control.ActionShow;
import org.yjtracker.actionplan.entity.Rag;
import org.yjtracker.platform.control.FieldError;
import org.yjtracker.platform.control.Problem;
import org.yjtracker.platform.control.Problems;
import org.yjtracker.web.boundary.PageContext;
import org.yjtracker.web.boundary.PageResult;
import org.yjtracker.web.boundary.PageRoutes;
import org.yjtracker.web.boundary.Routes;
import org.yjtracker.web.control.Choice;
import org.yjtracker.web.control.Form;
import org.yjtracker.web.control.FormErrors;
import org.yjtracker.web.entity.Section;

/**
 * An action's page: what, who, by when and how it is going; the form to report progress first, for
 * whoever may write the action; then its updates (with "Correct" only on those the person may
 * correct), its status history and its target date's moves. Works without script: the update with
 * its evidence links and files is one multipart form.
 */
@ApplicationScoped
public class ActionPages implements PageRoutes {

  /** Evidence link rows shown at first; "Add another link" adds one, up to the API's 20. */
  static final int FIRST_LINK_ROWS = 1;

  static final int MAX_LINKS = 20;

  @Inject PlanActions actions;
  @Inject ActionUpdates updates;
  @Inject PeopleNames people;
  @Inject Validator validator;
  @Inject java.time.Clock clock;

  @Override
  public void register(Routes routes) {
    routes
        .get("/actions/{id}", Section.PLANS, this::show)
        .post("/actions/{id}/updates", Section.PLANS, this::report)
        .get("/my-actions", Section.PLANS, this::mine);
  }

  /** The caller's actions; {@code ?show=overdue|due-soon|stale} narrows them, anything else not. */
  PageResult mine(PageContext request) {
    ActionShow show = ActionShow.of(request.param("show")).orElse(null);
    return PageResult.view(
            "actionplan/myActions", show == null ? "My actions" : "My actions " + show.words())
        .with("actions", actions.mine(request.caller(), show))
        .with("show", show)
        .with("today", java.time.LocalDate.now(clock));
  }

  PageResult show(PageContext request) {
    long id = request.id();
    ActionView action = actions.find(request.caller(), id);
    Set<Long> correctable = action.canEdit() ? actions.correctable(request.caller(), id) : Set.of();
    Form form = Form.empty();
    ActionView.UpdateView correcting = null;
    String corrects = request.param("corrects");
    if (corrects.matches("[1-9][0-9]{0,17}") && correctable.contains(Long.parseLong(corrects))) {
      long updateId = Long.parseLong(corrects);
      correcting =
          action.updates().stream().filter(u -> u.id() == updateId).findFirst().orElse(null);
      if (correcting != null) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("correctsId", correcting.id());
        fields.put("narrative", correcting.narrative());
        fields.put("rag", correcting.rag() == null ? null : correcting.rag().name());
        fields.put("percentComplete", correcting.percentComplete());
        form = Form.of(fields);
      }
    }
    return page(request, action, correctable, form, FIRST_LINK_ROWS, correcting);
  }

  PageResult report(PageContext request) throws IOException, ServletException {
    long id = request.id();
    Form form = request.form();
    List<FieldError> errors = new ArrayList<>();
    UpdateInput input = new UpdateInput();
    input.narrative = form.value("narrative").strip();
    input.rag = form.value("rag").isEmpty() ? null : form.value("rag");
    input.percentComplete = percent(form.value("percentComplete"), errors);
    input.correctsId = whole(form.value("correctsId"));
    List<UpdateInput.LinkInput> links = new ArrayList<>();
    for (int i = 0; i < MAX_LINKS; i++) {
      String title = form.value("links[" + i + "].title").strip();
      String url = form.value("links[" + i + "].url").strip();
      if (!title.isEmpty() || !url.isEmpty()) {
        var link = new UpdateInput.LinkInput();
        link.title = title;
        link.url = url;
        links.add(link);
      }
    }
    input.links = links;
    // The rows as sent: typed rows first, in order, so the API's links[n] errors name the row.
    Form shown = compacted(form, links);
    if (!form.value("add-link").isEmpty()) {
      int sentRows = 0;
      while (sentRows < MAX_LINKS && !form.values("links[" + sentRows + "].title").isEmpty()) {
        sentRows++;
      }
      return again(request, shown, List.of(), Math.max(sentRows, links.size()) + 1);
    }
    List<ActionUpdates.Upload> uploads = uploads(request, errors);
    if (!errors.isEmpty()) {
      // Everything wrong at once: the facade's own checks of what could be read.
      errors.addAll(FormErrors.violations(validator, input));
      return again(request, shown, errors, links.size() + 1);
    }
    try {
      updates.report(request.caller(), id, input, uploads);
    } catch (RuntimeException e) {
      Problem problem = Problems.of(e);
      if (problem.status() == 413 || problem.status() == 415) {
        return again(
            request, shown, List.of(new FieldError("files", problem.detail())), links.size() + 1);
      }
      return again(request, shown, FormErrors.from(e), links.size() + 1);
    }
    String message =
        uploads.isEmpty()
            ? "Your update has been added"
            : "Your update has been added with "
                + uploads.size()
                + (uploads.size() == 1 ? " file" : " files");
    return PageResult.redirect("/actions/" + id, message);
  }

  private PageResult again(PageContext request, Form form, List<FieldError> errors, int rows) {
    long id = request.id();
    ActionView action = actions.find(request.caller(), id);
    Set<Long> correctable = actions.correctable(request.caller(), id);
    Long corrects = whole(form.value("correctsId"));
    ActionView.UpdateView correcting =
        corrects == null
            ? null
            : action.updates().stream().filter(u -> u.id() == corrects).findFirst().orElse(null);
    return page(request, action, correctable, form.withErrors(errors), rows, correcting);
  }

  private PageResult.View page(
      PageContext request,
      ActionView action,
      Set<Long> correctable,
      Form form,
      int linkRows,
      ActionView.UpdateView correcting) {
    Set<String> emails = new HashSet<>();
    action.updates().forEach(u -> emails.add(u.author()));
    action.targetDateHistory().forEach(c -> emails.add(c.changedBy()));
    action.statusHistory().forEach(e -> emails.add(e.by()));
    return PageResult.view("actionplan/action", ActionWords.title(action))
        .with("action", action)
        .form(form)
        .with("names", people.of(emails))
        .with("correctable", correctable)
        .with("correcting", correcting)
        .with("linkRows", Math.min(MAX_LINKS, Math.max(FIRST_LINK_ROWS, linkRows)))
        .with("rags", rags())
        .with("today", java.time.LocalDate.now(clock));
  }

  static List<Choice> rags() {
    return List.of(
        new Choice(Rag.GREEN.name(), "Green", "On track"),
        new Choice(Rag.AMBER.name(), "Amber", "At risk of missing the target date"),
        new Choice(Rag.RED.name(), "Red", "Will not be done by the target date without help"));
  }

  /** The typed link rows renumbered from 0, so that the facade's errors fall on their row. */
  private static Form compacted(Form form, List<UpdateInput.LinkInput> links) {
    Form shown = form;
    for (int i = 0; i < MAX_LINKS; i++) {
      shown = shown.with("links[" + i + "].title", null).with("links[" + i + "].url", null);
    }
    for (int i = 0; i < links.size(); i++) {
      shown =
          shown
              .with("links[" + i + "].title", links.get(i).title)
              .with("links[" + i + "].url", links.get(i).url);
    }
    return shown;
  }

  private static Integer percent(String value, List<FieldError> errors) {
    String text = value.strip().replace("%", "").strip();
    if (text.isEmpty()) {
      return null;
    }
    if (!text.matches("[0-9]{1,3}") || Integer.parseInt(text) > 100) {
      errors.add(
          new FieldError(
              "percentComplete", "Enter how much is done as a whole number from 0 to 100"));
      return null;
    }
    return Integer.parseInt(text);
  }

  private static Long whole(String value) {
    return value.matches("[1-9][0-9]{0,17}") ? Long.parseLong(value) : null;
  }

  /** The files chosen, each read whole; a form sent without multipart has none. */
  private static List<ActionUpdates.Upload> uploads(PageContext request, List<FieldError> errors)
      throws IOException, ServletException {
    List<ActionUpdates.Upload> uploads = new ArrayList<>();
    try {
      for (Part part : request.files("files")) {
        try (InputStream in = part.getInputStream()) {
          uploads.add(new ActionUpdates.Upload(part.getSubmittedFileName(), in.readAllBytes()));
        }
      }
    } catch (IllegalStateException tooLarge) {
      errors.add(new FieldError("files", "Each file must be 10 MB or smaller"));
    }
    return uploads;
  }
}
