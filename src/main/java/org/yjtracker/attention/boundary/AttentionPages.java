package org.yjtracker.attention.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.yjtracker.attention.entity.AttentionSection;
import org.yjtracker.web.boundary.PageContext;
import org.yjtracker.web.boundary.PageResult;
import org.yjtracker.web.boundary.PageRoutes;
import org.yjtracker.web.boundary.Routes;
import org.yjtracker.web.entity.Section;

/**
 * The start page, where everyone lands after signing in, and the whole list behind each of its
 * counts that no other page already lists.
 */
@ApplicationScoped
public class AttentionPages implements PageRoutes {

  /** The sections whose whole list is a page of this component. */
  static final String[] LISTS = {"unanswered", "plans", "waiting", "review", "quiet"};

  @Inject AttentionBoard board;

  @Override
  public void register(Routes routes) {
    routes.get("/start", Section.HOME, this::start);
    for (String list : LISTS) {
      routes.get("/start/" + list, Section.HOME, request -> list(request, list));
    }
  }

  PageResult start(PageContext request) {
    return PageResult.view("attention/start", "What needs you now")
        .with("attention", board.of(request.caller()));
  }

  PageResult list(PageContext request, String id) {
    AttentionSection section = board.section(request.caller(), id);
    return PageResult.view("attention/list", section.title()).with("section", section);
  }
}
