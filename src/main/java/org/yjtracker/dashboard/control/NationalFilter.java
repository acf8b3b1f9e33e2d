package org.yjtracker.dashboard.control;

import org.yjtracker.framework.entity.Rating;
import org.yjtracker.inspection.entity.InspectionKind;
import org.yjtracker.organisation.entity.OrganisationKind;
import org.yjtracker.organisation.entity.Region;

/**
 * What narrows the national table; every part is optional (null).
 *
 * @param framework the latest inspection's framework code
 * @param kind the latest inspection's kind
 * @param ownerKind services with a recommendation (of the latest inspection) addressed to it
 * @param theme a theme code: services with a recommendation (of the latest inspection) confirmed in
 *     it
 * @param text part of the service's name
 * @param late true: only services whose plan is late (started or not); false: only those on time
 */
public record NationalFilter(
    Region region,
    Rating overall,
    String framework,
    InspectionKind kind,
    OrganisationKind ownerKind,
    String theme,
    String text,
    Boolean late) {

  public static final NationalFilter NONE =
      new NationalFilter(null, null, null, null, null, null, null, null);

  /** The late plans only: past the due date and not submitted, started or not. */
  public static final NationalFilter LATE =
      new NationalFilter(null, null, null, null, null, null, null, Boolean.TRUE);
}
