package org.yjtracker.notification.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yjtracker.access.entity.Role;
import org.yjtracker.notification.entity.Delivery;
import org.yjtracker.notification.entity.MailStatus;
import org.yjtracker.notification.entity.NotificationKind;
import org.yjtracker.platform.entity.PageRequest;
import org.yjtracker.web.boundary.PageContext;
import org.yjtracker.web.boundary.PageResult;
import org.yjtracker.web.boundary.PageRoutes;
import org.yjtracker.web.boundary.Routes;
import org.yjtracker.web.control.Choice;
import org.yjtracker.web.control.Form;
import org.yjtracker.web.control.FormErrors;
import org.yjtracker.web.entity.Section;

/**
 * Pages of notifications: each person's choice of what they are sent ({@code
 * /account/notifications}), the inspectorate admin's page of sent and caught mails with "send
 * reminders now" ({@code /admin/mail}), and the unsubscribe page a mail's link opens without
 * signing in ({@code /unsubscribe}).
 */
@ApplicationScoped
public class NotificationPages implements PageRoutes {

  static final int MAILS_PER_PAGE = 25;

  @Inject NotificationPreferences preferences;
  @Inject MailOutbox outbox;
  @Inject UnsubscribeLinks links;

  @Override
  public void register(Routes routes) {
    routes
        .get("/account/notifications", Section.ACCOUNT, this::preferences)
        .post("/account/notifications", Section.ACCOUNT, this::choose)
        .get("/admin/mail", Section.USERS, this::mails, Role.INSPECTORATE_ADMIN)
        .get("/admin/mail/{id}", Section.USERS, this::mail, Role.INSPECTORATE_ADMIN)
        .post("/admin/mail/reminders", Section.USERS, this::runNow, Role.INSPECTORATE_ADMIN)
        .open("/unsubscribe", this::confirmUnsubscribe)
        .openPost("/unsubscribe", this::unsubscribe);
  }

  PageResult preferences(PageContext request) {
    Map<String, Object> chosen = new LinkedHashMap<>();
    preferences.of(request.caller().id()).forEach((k, d) -> chosen.put(k.name(), d.name()));
    return preferencesPage(request, Form.of(chosen));
  }

  PageResult choose(PageContext request) {
    Form form = request.form();
    Map<String, String> typed = new LinkedHashMap<>();
    for (NotificationKind kind : NotificationKind.values()) {
      if (kind.concerns(request.caller().roles())) {
        typed.put(kind.name(), form.value(kind.name()));
      }
    }
    try {
      preferences.choose(request.caller(), PreferenceChoices.read(typed, "preferences"));
      return PageResult.redirect("/account/notifications", "Your choices have been saved");
    } catch (RuntimeException e) {
      return preferencesPage(request, form.withErrors(FormErrors.from(e)));
    }
  }

  private PageResult preferencesPage(PageContext request, Form form) {
    List<NotificationKind> kinds =
        List.of(NotificationKind.values()).stream()
            .filter(k -> k.concerns(request.caller().roles()))
            .toList();
    return PageResult.view("notification/preferences", "What the tracker sends you")
        .form(form)
        .with("kinds", kinds)
        .with(
            "deliveries",
            List.of(Delivery.values()).stream().map(d -> new Choice(d.name(), d.label())).toList());
  }

  PageResult mails(PageContext request) {
    String status = request.param("status");
    if (status != null && status.isBlank()) {
      status = null;
    }
    int page = request.positive("page", 1);
    return PageResult.view("notification/mails", "Mail")
        .with("transport", outbox.transport())
        .with("counts", outbox.counts())
        .with("statuses", List.of(MailStatus.values()))
        .with("status", status)
        .with("mails", outbox.page(status, new PageRequest(page, MAILS_PER_PAGE)))
        .with("runs", outbox.runs(5))
        .form(Form.empty());
  }

  PageResult mail(PageContext request) {
    return PageResult.view("notification/mail", "Mail " + request.id())
        .with("mail", outbox.find(request.id()));
  }

  PageResult runNow(PageContext request) {
    RunView run = outbox.runNow(request.caller());
    return PageResult.redirect(
        "/admin/mail",
        "Reminders sent: "
            + run.mailsQueued()
            + (run.mailsQueued() == 1 ? " mail" : " mails")
            + " made, "
            + run.mailsSent()
            + " sent"
            + (run.mailsFailed() > 0 ? ", " + run.mailsFailed() + " not sent yet" : ""));
  }

  PageResult confirmUnsubscribe(PageContext request) {
    Link link = link(request);
    return PageResult.view("notification/unsubscribe", "Stop these mails")
        .with("what", link.what())
        .with("account", link.account())
        .with("kind", link.kindParam())
        .with("token", link.token())
        .with("done", false);
  }

  PageResult unsubscribe(PageContext request) {
    Link link = link(request);
    preferences.unsubscribe(link.account(), link.kind());
    return PageResult.view("notification/unsubscribe", "You will not get these mails")
        .with("what", link.what())
        .with("account", link.account())
        .with("kind", link.kindParam())
        .with("token", link.token())
        .with("done", true);
  }

  /** What a signed link names; 404 for anything not signed, so a guess learns nothing. */
  private record Link(long account, NotificationKind kind, String kindParam, String token) {
    String what() {
      return kind == null ? "any mail from the tracker" : kind.label().toLowerCase();
    }
  }

  private Link link(PageContext request) {
    String account = request.param("account");
    String kind = request.param("kind");
    String token = request.param("token");
    Long id = account == null ? null : Form.wholeOf(account);
    if (id == null || kind == null || token == null || !links.valid(id, kind, token)) {
      throw new jakarta.ws.rs.NotFoundException(
          "This unsubscribe link is not complete. Use the whole link from the mail, or sign in"
              + " and choose what you are sent on your account page.");
    }
    NotificationKind named = null;
    if (!kind.equals(org.yjtracker.notification.control.UnsubscribeTokens.ALL)) {
      for (NotificationKind k : NotificationKind.values()) {
        if (k.param().equals(kind)) {
          named = k;
        }
      }
    }
    return new Link(id, named, kind, token);
  }
}
