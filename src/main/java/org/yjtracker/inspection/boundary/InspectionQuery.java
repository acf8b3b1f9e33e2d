package org.yjtracker.inspection.boundary;

import org.yjtracker.framework.entity.Rating;
import org.yjtracker.inspection.entity.InspectionKind;
import org.yjtracker.inspection.entity.InspectionStatus;
import org.yjtracker.organisation.entity.Region;
import org.yjtracker.platform.entity.PageRequest;

/** The filters of the inspections list; null means "any". */
public record InspectionQuery(
    Long serviceId,
    Region region,
    String framework,
    InspectionKind kind,
    Rating overall,
    Integer year,
    InspectionStatus status,
    String text,
    PageRequest page) {}
