package org.yjtracker.reportimport.entity;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/**
 * A standard whose published rating differs from the band of its lowest key question because the
 * ratings panel used professional discretion: {@code from} is the band, {@code to} the published
 * rating.
 */
@JsonbPropertyOrder({"standard", "from", "to"})
public record ProfessionalDiscretion(
    @JsonbProperty("standard") String standard,
    @JsonbProperty("from") Rating from,
    @JsonbProperty("to") Rating to) {}
