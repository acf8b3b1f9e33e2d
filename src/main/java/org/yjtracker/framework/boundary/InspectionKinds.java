package org.yjtracker.framework.boundary;

import java.util.Optional;

/**
 * The kinds of inspection there are, declared here and answered by the inspection component (which
 * depends on frameworks, not the other way round), so that a framework lists only real kinds.
 */
public interface InspectionKinds {

  /** The kind's label ("Inspection of work with children and victims"), if there is such a kind. */
  Optional<String> label(String kind);
}
