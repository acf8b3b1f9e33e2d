package org.yjtracker.reportimport.entity;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/**
 * Something the person checking the draft should look at: the report disagrees with the framework's
 * rules, or a value had to be read from a damaged part of the text. {@code line} is 1-based, or
 * null when the warning is about the report as a whole.
 */
@JsonbPropertyOrder({"message", "line"})
public record ParseWarning(
    @JsonbProperty("message") String message, @JsonbProperty("line") Integer line) {}
