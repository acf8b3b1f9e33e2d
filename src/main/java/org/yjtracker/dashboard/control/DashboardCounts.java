package org.yjtracker.dashboard.control;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import org.yjtracker.actionplan.control.ActionFlags;
import org.yjtracker.actionplan.entity.Rag;
import org.yjtracker.actionplan.entity.RecommendationStatus;

/**
 * The counts a service's dashboard shows: recommendations by status, actions by the RAG of their
 * latest update (those with none yet apart), and overdue and stale actions by their flags.
 */
public final class DashboardCounts {

  private DashboardCounts() {}

  /** Every status with its count, zeros included, in the statuses' order. */
  public static Map<RecommendationStatus, Integer> byStatus(
      Collection<RecommendationStatus> statuses) {
    Map<RecommendationStatus, Integer> counts = new EnumMap<>(RecommendationStatus.class);
    for (RecommendationStatus status : RecommendationStatus.values()) {
      counts.put(status, 0);
    }
    statuses.forEach(s -> counts.merge(s, 1, Integer::sum));
    return counts;
  }

  /**
   * @param latestRags each action's latest RAG, null for an action with no update yet
   */
  public static RagCounts byRag(Collection<Rag> latestRags) {
    int red = 0;
    int amber = 0;
    int green = 0;
    int none = 0;
    for (Rag rag : latestRags) {
      if (rag == null) {
        none++;
        continue;
      }
      switch (rag) {
        case RED -> red++;
        case AMBER -> amber++;
        case GREEN -> green++;
      }
    }
    return new RagCounts(red, amber, green, none);
  }

  public static FlagCounts byFlags(Collection<ActionFlags> flags) {
    return new FlagCounts(
        (int) flags.stream().filter(ActionFlags::overdue).count(),
        (int) flags.stream().filter(ActionFlags::stale).count(),
        (int) flags.stream().filter(ActionFlags::dueSoon).count());
  }

  public record RagCounts(int red, int amber, int green, int noUpdate) {}

  public record FlagCounts(int overdue, int stale, int dueSoon) {}
}
