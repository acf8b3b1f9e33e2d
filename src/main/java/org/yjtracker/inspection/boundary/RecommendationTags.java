package org.yjtracker.inspection.boundary;

import java.util.List;
import java.util.Map;
import org.yjtracker.access.entity.Caller;

/**
 * Tags another component gives an inspection's recommendations (the themes they were filed under),
 * shown beneath each recommendation on the inspection's page. The component that keeps them
 * implements this, so the inspection component needs no knowledge of it.
 */
public interface RecommendationTags {

  /** Each recommendation's tags by recommendation id; a recommendation with none is left out. */
  Map<Long, List<Tag>> of(Caller caller, long inspectionId);

  record Tag(String name, String href) {}
}
