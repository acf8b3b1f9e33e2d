package org.yjtracker.web.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpSession;
import org.yjtracker.web.control.PendingForm;

/**
 * After a session ended under a form: the form as it was typed, to check and send again with the
 * new session's token, or to throw away. Nothing is sent without the person choosing to.
 */
@ApplicationScoped
public class ResumePages implements PageRoutes {

  @Override
  public void register(Routes routes) {
    routes.get("/resume", null, this::show).get("/resume/discard", null, this::discard);
  }

  PageResult show(PageContext request) {
    HttpSession session = request.http().getSession(false);
    if (session == null
        || !(session.getAttribute(PendingForm.SESSION_ATTRIBUTE) instanceof PendingForm pending)) {
      return PageResult.redirect("/");
    }
    // Shown once: sending it or leaving the page is the person's choice; a reload shows it again
    // only while it is still here.
    session.removeAttribute(PendingForm.SESSION_ATTRIBUTE);
    return PageResult.view("web/resume", "Send what you typed").with("pending", pending);
  }

  PageResult discard(PageContext request) {
    HttpSession session = request.http().getSession(false);
    if (session != null) {
      session.removeAttribute(PendingForm.SESSION_ATTRIBUTE);
    }
    return PageResult.redirect("/", "What you typed has been discarded.");
  }
}
