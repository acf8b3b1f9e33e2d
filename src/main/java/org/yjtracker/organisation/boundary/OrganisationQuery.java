package org.yjtracker.organisation.boundary;

import java.util.Set;
import org.yjtracker.organisation.entity.OrganisationKind;
import org.yjtracker.organisation.entity.Region;
import org.yjtracker.platform.entity.PageRequest;

/** Filters of the organisations list; null or empty means "any". */
public record OrganisationQuery(
    Set<OrganisationKind> kinds, Region region, String text, Long serviceId, PageRequest page) {}
