package org.yjtracker.inspection.control;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.yjtracker.framework.entity.Rating;
import org.yjtracker.inspection.control.ScoringRules.StandardFacts;
import org.yjtracker.inspection.control.ScoringRules.StandardRule;
import org.yjtracker.inspection.entity.Disagreement;
import org.yjtracker.inspection.entity.Disagreement.Kind;

/** Checks one standard as published against its key questions and recorded discretion. */
final class StandardCheck {

  private final ScoringRules rules;
  private final StandardRule standard;
  private final StandardFacts given;
  private final List<Disagreement> out;

  StandardCheck(
      ScoringRules rules, StandardRule standard, StandardFacts given, List<Disagreement> out) {
    this.rules = rules;
    this.standard = standard;
    this.given = given;
    this.out = out;
  }

  void run(Map<String, Rating> derived) {
    if (given == null || given.published() == null) {
      add(
          Kind.MISSING_STANDARD,
          "rating",
          "No rating is recorded for "
              + title()
              + (standard.mayBeUnrated() ? "; record Not rated if it was not rated" : ""));
      return;
    }
    if (!given.published().isRated() && !standard.mayBeUnrated()) {
      add(
          Kind.MISSING_STANDARD,
          "rating",
          title() + " is recorded as Not rated, but the framework rates it in every inspection");
    }
    if (standard.keyQuestions() == 0) {
      return;
    }
    List<Integer> percents = given.percentYes();
    boolean inRange = true;
    for (int i = 0; i < percents.size(); i++) {
      Integer value = percents.get(i);
      if (value != null && (value < 0 || value > 100)) {
        inRange = false;
        add(
            Kind.PERCENT_OUT_OF_RANGE,
            "keyQuestions[" + i + "].percentYes",
            "Key question " + (i + 1) + " of " + standard.code() + " is " + value + "%");
      }
    }
    long answered = percents.stream().filter(Objects::nonNull).count();
    if (answered != standard.keyQuestions() && rules.bandsPercentages()) {
      add(
          Kind.MISSING_KEY_QUESTIONS,
          "keyQuestions",
          title()
              + " has "
              + answered
              + " of its "
              + standard.keyQuestions()
              + " key question results");
      return;
    }
    if (!inRange) {
      return;
    }
    rules
        .ratingFromKeyQuestions(percents)
        .ifPresent(
            fromKeyQuestions -> {
              derived.put(standard.code(), fromKeyQuestions);
              compareWithPublished(fromKeyQuestions, percents);
            });
  }

  private void compareWithPublished(Rating fromKeyQuestions, List<Integer> percents) {
    Rating published = given.published();
    Rating discretionFrom = given.discretionFrom();
    if (!published.isRated()) {
      return;
    }
    int lowest = percents.stream().min(Integer::compare).orElseThrow();
    if (discretionFrom == null && published != fromKeyQuestions) {
      add(
          Kind.RATING_DIFFERS_FROM_KEY_QUESTIONS,
          "rating",
          title()
              + " is published as "
              + published.label()
              + ", but its lowest key question ("
              + lowest
              + "%) makes it "
              + fromKeyQuestions.label()
              + ", and no professional discretion is recorded");
    } else if (discretionFrom != null && discretionFrom != fromKeyQuestions) {
      add(
          Kind.DISCRETION_DOES_NOT_MATCH,
          "discretionFrom",
          "Discretion for "
              + standard.code()
              + " is recorded as from "
              + discretionFrom.label()
              + ", but its lowest key question ("
              + lowest
              + "%) makes it "
              + fromKeyQuestions.label());
    } else if (discretionFrom != null && published == fromKeyQuestions) {
      add(
          Kind.DISCRETION_NOT_NEEDED,
          "discretionFrom",
          "Discretion is recorded for "
              + standard.code()
              + ", but its published rating is the one its key questions give");
    }
  }

  private String title() {
    return standard.code() + " " + standard.name();
  }

  private void add(Kind kind, String part, String message) {
    out.add(
        new Disagreement(
            kind, standard.code(), ScoringRules.field(standard.code(), part), message));
  }
}
