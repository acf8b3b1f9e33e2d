package org.yjtracker.organisation.boundary;

/**
 * Fired, in the transaction that made it, when an organisation's name, kind or region may have
 * changed. Observers (the national dashboard) read the organisation again.
 */
public record OrganisationChanged(long organisationId) {}
