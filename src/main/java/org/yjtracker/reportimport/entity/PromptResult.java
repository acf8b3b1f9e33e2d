package org.yjtracker.reportimport.entity;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** One prompt of the annexe's case data: under which key question (1-based), and its % 'Yes'. */
@JsonbPropertyOrder({"keyQuestion", "text", "percentYes"})
public record PromptResult(
    @JsonbProperty("key_question") int keyQuestion,
    @JsonbProperty("text") String text,
    @JsonbProperty("percent_yes") int percentYes) {}
