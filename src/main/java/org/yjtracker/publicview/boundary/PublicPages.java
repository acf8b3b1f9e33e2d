package org.yjtracker.publicview.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yjtracker.organisation.entity.Region;
import org.yjtracker.platform.entity.PageRequest;
import org.yjtracker.platform.entity.ResultPage;
import org.yjtracker.web.boundary.PageContext;
import org.yjtracker.web.boundary.PageResult;
import org.yjtracker.web.boundary.PageRoutes;
import org.yjtracker.web.boundary.Routes;
import org.yjtracker.web.control.Choice;
import org.yjtracker.web.control.Form;
import org.yjtracker.web.control.Pager;

/**
 * The public pages, for anybody without signing in: published inspections, searched by name and
 * region, and one inspection with where each recommendation stands. Rendered on the server; they
 * start no session and post nothing.
 */
@ApplicationScoped
public class PublicPages implements PageRoutes {

  static final int PAGE_SIZE = 25;

  @Inject PublicInspections inspections;

  @Override
  public void register(Routes routes) {
    routes.open("/public", this::list).open("/public/inspections/{id}", this::inspection);
  }

  PageResult list(PageContext request) {
    String service = request.param("service");
    Region region = region(request.param("region"));
    int page = request.positive("page", 1);
    ResultPage<PublicInspectionSummary> found =
        inspections.search(service, region, new PageRequest(page, PAGE_SIZE));
    Map<String, String> filters = new LinkedHashMap<>();
    filters.put("service", service);
    filters.put("region", region == null ? "" : region.name());
    return PageResult.view("publicview/list", "Published inspections")
        .with("form", Form.of(filters))
        .with("regions", regions())
        .with("inspections", found.items())
        .with("pager", Pager.of("/public", filters, page, PAGE_SIZE, found.total()));
  }

  PageResult inspection(PageContext request) {
    PublicInspectionView inspection = inspections.find(request.id());
    return PageResult.view("publicview/inspection", inspection.service())
        .with("inspection", inspection);
  }

  /** An unknown region in the address is no filter (a hand-edited link still shows the list). */
  private static Region region(String value) {
    return Arrays.stream(Region.values())
        .filter(r -> r.name().equals(value))
        .findFirst()
        .orElse(null);
  }

  static List<Choice> regions() {
    List<Choice> choices = new ArrayList<>();
    choices.add(new Choice("", "Any region"));
    for (Region region : Region.values()) {
      choices.add(new Choice(region.name(), region.label()));
    }
    return choices;
  }
}
