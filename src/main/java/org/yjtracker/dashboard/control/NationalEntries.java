package org.yjtracker.dashboard.control;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import org.yjtracker.actionplan.control.PlanFigures;
import org.yjtracker.dashboard.entity.NationalEntry;
import org.yjtracker.dashboard.entity.NationalEntry.Published;
import org.yjtracker.framework.entity.Rating;
import org.yjtracker.organisation.entity.OrganisationKind;

/**
 * Makes a service's row of the national table from its published inspections and the figures
 * actionplan gives of the latest one's plan. It decides nothing of progress: stage, lateness and
 * every count are the plan's figures as they are.
 */
public final class NationalEntries {

  private NationalEntries() {}

  /** Publication order: by date, then the order they were entered. */
  static final Comparator<Published> PUBLICATION_ORDER =
      Comparator.comparing(Published::publishedOn, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparingLong(Published::inspectionId);

  /** The inspection a service's row shows: its latest published one. */
  public static Optional<Published> latest(Collection<Published> published) {
    return published.stream().max(PUBLICATION_ORDER);
  }

  /** The overall rating of the last rated inspection published before {@code latest}, if any. */
  public static Rating previousOverall(Collection<Published> published, Published latest) {
    return published.stream()
        .filter(p -> p.overall() != null)
        .filter(p -> PUBLICATION_ORDER.compare(p, latest) < 0)
        .max(PUBLICATION_ORDER)
        .map(Published::overall)
        .orElse(null);
  }

  /**
   * The row of a service.
   *
   * @param published the service's published inspections, at least one
   * @param figures the figures of the latest one's plan
   */
  public static NationalEntry of(
      Collection<Published> published,
      PlanFigures figures,
      Set<OrganisationKind> ownerKinds,
      Set<String> themes) {
    Published latest =
        latest(published)
            .orElseThrow(() -> new IllegalArgumentException("A row needs a published inspection"));
    return new NationalEntry(
        latest, previousOverall(published, latest), figures, ownerKinds, themes);
  }
}
