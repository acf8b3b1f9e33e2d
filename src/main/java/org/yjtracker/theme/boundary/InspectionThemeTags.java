package org.yjtracker.theme.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yjtracker.access.entity.Caller;
import org.yjtracker.inspection.boundary.RecommendationTags;

/** The confirmed themes of an inspection's recommendations, as tags linking to each theme. */
@ApplicationScoped
public class InspectionThemeTags implements RecommendationTags {

  @Inject ThemeConfirmations confirmations;

  @Override
  public Map<Long, List<Tag>> of(Caller caller, long inspectionId) {
    Map<Long, List<Tag>> tags = new HashMap<>();
    confirmations
        .confirmedOf(caller, inspectionId)
        .forEach(
            (id, themes) ->
                tags.put(
                    id, themes.stream().map(t -> new Tag(t.name(), "/themes/" + t.id())).toList()));
    return tags;
  }
}
