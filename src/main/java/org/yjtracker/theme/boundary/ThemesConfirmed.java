package org.yjtracker.theme.boundary;

/**
 * Fired, in the transaction that made it, when the confirmed themes of a recommendation of this
 * inspection changed. Observers (the national dashboard's theme filter) read them again.
 */
public record ThemesConfirmed(long inspectionId) {}
