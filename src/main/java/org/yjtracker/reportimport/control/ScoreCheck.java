package org.yjtracker.reportimport.control;

import org.yjtracker.reportimport.entity.Framework;
import org.yjtracker.reportimport.entity.Rating;

/**
 * Checks the published score and overall rating against the 2018 scoring rules. The published
 * values stand; a disagreement becomes a warning for the person checking the draft.
 */
final class ScoreCheck {

  void check(Draft draft) {
    if (draft.framework != Framework.HMIP_YJ_2018) {
      return;
    }
    Integer sum = coreSum(draft);
    if (sum != null && draft.score != null && !sum.equals(draft.score)) {
      draft.warn(
          "The published score is "
              + draft.score
              + "/36 but the twelve core ratings add up to "
              + sum,
          draft.sourceOf("score"));
    }
    if (draft.score != null && draft.overall != null) {
      Rating banded = Rating.overallFor(draft.score);
      boolean limited =
          banded == Rating.OUTSTANDING
              && draft.standards.get("4.1") == Rating.INADEQUATE
              && draft.overall == Rating.GOOD;
      if (banded != draft.overall && !limited) {
        draft.warn(
            "The overall rating is published as "
                + RatingWords.words(draft.overall)
                + " but a score of "
                + draft.score
                + " is in the "
                + RatingWords.words(banded)
                + " band",
            draft.sourceOf("overall"));
      }
    }
    if (draft.standards.get("4.1") == Rating.INADEQUATE && draft.overall == Rating.OUTSTANDING) {
      draft.warn(
          "Resettlement is rated Inadequate, which should have prevented an Outstanding overall"
              + " rating",
          draft.sourceOf("overall"));
    }
  }

  /** The sum of the twelve core ratings, or null while any of them is missing. */
  private static Integer coreSum(Draft draft) {
    int sum = 0;
    for (String code : StandardNames.CORE_2018) {
      Rating rating = draft.standards.get(code);
      if (rating == null || rating == Rating.NOT_RATED) {
        return null;
      }
      sum += rating.points();
    }
    return sum;
  }
}
