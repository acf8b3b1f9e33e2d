package org.yjtracker.inspection.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.yjtracker.inspection.control.ChainChange;
import org.yjtracker.inspection.entity.InspectionStatus;
import org.yjtracker.organisation.boundary.OrganisationDirectory;
import org.yjtracker.organisation.boundary.OrganisationView;
import org.yjtracker.web.boundary.PageContext;
import org.yjtracker.web.boundary.PageResult;
import org.yjtracker.web.boundary.PageRoutes;
import org.yjtracker.web.boundary.Routes;
import org.yjtracker.web.entity.Section;

/**
 * A youth justice service's page: its board and partners, and its chain of inspections, newest
 * first, each compared in words with the one before it.
 */
@ApplicationScoped
public class ServicePages implements PageRoutes {

  @Inject InspectionRecords records;
  @Inject OrganisationDirectory directory;

  /** One inspection of the chain and how it compares with the one before it (or null). */
  public record ChainEntry(InspectionSummary inspection, String change) {}

  @Override
  public void register(Routes routes) {
    routes.get("/services/{id}", Section.INSPECTIONS, this::show);
  }

  PageResult show(PageContext request) {
    // The chain first: it answers "not found" for what is not a service or not the caller's.
    List<InspectionSummary> inspections = records.history(request.caller(), request.id());
    OrganisationView service = directory.find(request.caller(), request.id());
    InspectionSummary latest = null;
    for (InspectionSummary i : inspections) {
      if (i.status() == InspectionStatus.PUBLISHED) {
        latest = i;
      }
    }
    return PageResult.view("inspection/service", service.name())
        .with("service", service)
        .with("chain", chain(inspections))
        .with("latest", latest)
        .with("inspectorate", request.caller().isInspectorate());
  }

  static List<ChainEntry> chain(List<InspectionSummary> oldestFirst) {
    List<ChainEntry> entries = new ArrayList<>();
    InspectionSummary before = null;
    for (InspectionSummary i : oldestFirst) {
      entries.add(
          new ChainEntry(
              i,
              before == null
                  ? null
                  : ChainChange.between(
                      before.publishedOverall(),
                      before.publishedScore(),
                      before.framework(),
                      i.publishedOverall(),
                      i.publishedScore(),
                      i.framework())));
      before = i;
    }
    Collections.reverse(entries);
    return entries;
  }
}
