package org.yjtracker.actionplan.control;

import java.util.Collection;
import java.util.List;
import org.yjtracker.actionplan.entity.ActionStatus;
import org.yjtracker.actionplan.entity.RecommendationStatus;

/**
 * A recommendation's status as its actions make it, unless an inspector has set it (with a reason,
 * kept by the caller).
 */
public final class RecommendationProgress {

  private RecommendationProgress() {}

  public static RecommendationStatus derive(Collection<ActionStatus> actions) {
    List<ActionStatus> live = actions.stream().filter(s -> s != ActionStatus.CANCELLED).toList();
    if (live.isEmpty() || live.stream().allMatch(s -> s == ActionStatus.NOT_STARTED)) {
      return RecommendationStatus.OPEN;
    }
    if (live.stream().allMatch(s -> s == ActionStatus.COMPLETE)) {
      return RecommendationStatus.IMPLEMENTED;
    }
    return RecommendationStatus.IN_PROGRESS;
  }

  /** The inspector's status where one was set, otherwise the derived one. */
  public static RecommendationStatus current(
      RecommendationStatus setByInspector, Collection<ActionStatus> actions) {
    return setByInspector != null ? setByInspector : derive(actions);
  }
}
