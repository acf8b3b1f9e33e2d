package org.yjtracker.inspection.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yjtracker.framework.entity.Rating.GOOD;
import static org.yjtracker.framework.entity.Rating.INADEQUATE;
import static org.yjtracker.framework.entity.Rating.NOT_RATED;
import static org.yjtracker.framework.entity.Rating.OUTSTANDING;
import static org.yjtracker.framework.entity.Rating.REQUIRES_IMPROVEMENT;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.FieldSource;
import org.yjtracker.framework.entity.Rating;
import org.yjtracker.inspection.control.ScoringRules.Facts;
import org.yjtracker.inspection.control.ScoringRules.StandardFacts;
import org.yjtracker.inspection.entity.Assessment;
import org.yjtracker.inspection.entity.Disagreement;
import org.yjtracker.inspection.entity.Disagreement.Kind;
import org.yjtracker.testsupport.Frameworks;
import org.yjtracker.testsupport.PublishedReports;

class ScoringRulesTest {

  static final List<String> RATED = PublishedReports.RATED;
  static final List<String> CORE =
      List.of("1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "2.4", "3.1", "3.2", "3.3", "3.4");

  final ScoringRules rules = ScoringRules.of(Frameworks.hmip2018());

  @ParameterizedTest
  @CsvSource({
    "0, INADEQUATE",
    "49, INADEQUATE",
    "50, REQUIRES_IMPROVEMENT",
    "64, REQUIRES_IMPROVEMENT",
    "65, GOOD",
    "79, GOOD",
    "80, OUTSTANDING",
    "100, OUTSTANDING"
  })
  void bandsKeyQuestionsAtEveryBoundary(int percent, Rating band) {
    assertEquals(Optional.of(band), rules.bandOf(percent));
  }

  @Test
  void aStandardTakesTheBandOfItsLowestKeyQuestion() {
    assertEquals(
        Optional.of(REQUIRES_IMPROVEMENT), rules.ratingFromKeyQuestions(List.of(82, 73, 64)));
    assertEquals(Optional.of(INADEQUATE), rules.ratingFromKeyQuestions(List.of(100, 100, 49)));
    assertEquals(Optional.of(OUTSTANDING), rules.ratingFromKeyQuestions(List.of(80, 80, 80)));
    assertEquals(Optional.empty(), rules.ratingFromKeyQuestions(List.of()));
  }

  @Test
  void allInadequateScoresNothingAndAllOutstandingScoresThirtySix() {
    assertEquals(Optional.of(0), rules.score(allRated(INADEQUATE)));
    assertEquals(Optional.of(INADEQUATE), rules.overall(0, allRated(INADEQUATE)));
    assertEquals(Optional.of(36), rules.score(allRated(OUTSTANDING)));
    assertEquals(Optional.of(OUTSTANDING), rules.overall(36, allRated(OUTSTANDING)));
    assertEquals(Optional.of(36), rules.maxScore());
  }

  @Test
  void resettlementDoesNotCountTowardsTheScore() {
    var ratings = allRated(GOOD);
    ratings.put("4.1", INADEQUATE);
    assertEquals(Optional.of(24), rules.score(ratings));
    ratings.put("4.1", NOT_RATED);
    assertEquals(Optional.of(24), rules.score(ratings));
  }

  @Test
  void noScoreWhileACoreStandardIsUnrated() {
    var ratings = allRated(GOOD);
    ratings.remove("2.3");
    assertEquals(Optional.empty(), rules.score(ratings));
    ratings.put("2.3", NOT_RATED);
    assertEquals(Optional.empty(), rules.score(ratings));
  }

  @ParameterizedTest
  @CsvSource({
    "0, INADEQUATE",
    "6, INADEQUATE",
    "7, REQUIRES_IMPROVEMENT",
    "18, REQUIRES_IMPROVEMENT",
    "19, GOOD",
    "30, GOOD",
    "31, OUTSTANDING",
    "36, OUTSTANDING"
  })
  void bandsTheOverallScoreAtEveryBoundary(int score, Rating overall) {
    assertEquals(Optional.of(overall), rules.bandOfScore(score));
  }

  @Test
  void inadequateResettlementPreventsOutstanding() {
    var ratings = allRated(OUTSTANDING);
    ratings.put("4.1", INADEQUATE);
    assertEquals(Optional.of(GOOD), rules.overall(36, ratings));
    assertEquals(Optional.of(GOOD), rules.overall(25, ratings));
    assertEquals(Optional.of(REQUIRES_IMPROVEMENT), rules.overall(12, ratings));
    ratings.put("4.1", REQUIRES_IMPROVEMENT);
    assertEquals(Optional.of(OUTSTANDING), rules.overall(36, ratings));
  }

  @Test
  void flagsAnOutstandingOverallDespiteInadequateResettlement() {
    var facts = facts(allRated(OUTSTANDING), 36, OUTSTANDING);
    facts.standards().put("4.1", new StandardFacts(INADEQUATE, List.of(), null));
    Assessment assessment = rules.assess(facts);
    assertEquals(List.of(Kind.LIMITING_JUDGEMENT), kinds(assessment));
    assertEquals(GOOD, assessment.computedOverall());
  }

  @ParameterizedTest
  @FieldSource("RATED")
  void thePublishedReportsAgreeWithTheRules(String report) {
    JsonObject expected = PublishedReports.expected(report);
    Assessment assessment = rules.assess(factsOf(expected));
    assertEquals(List.of(), assessment.disagreements(), report);
    assertEquals(expected.getInt("score"), assessment.computedScore(), report);
    assertEquals(Rating.valueOf(expected.getString("overall")), assessment.computedOverall());
  }

  @Test
  void discretionKeepsThePublishedRatingsOfWolverhamptonAndBexley() {
    Assessment wolverhampton =
        rules.assess(factsOf(PublishedReports.expected("wolverhampton-2022")));
    assertEquals(REQUIRES_IMPROVEMENT, wolverhampton.derivedRatings().get("2.1"));
    assertEquals(REQUIRES_IMPROVEMENT, wolverhampton.derivedRatings().get("2.4"));
    Assessment bexley = rules.assess(factsOf(PublishedReports.expected("bexley-2024")));
    assertEquals(GOOD, bexley.derivedRatings().get("2.3"));
    assertEquals(REQUIRES_IMPROVEMENT, bexley.derivedRatings().get("3.2"));
    assertEquals(GOOD, bexley.derivedRatings().get("3.3"));
    assertEquals(28, wolverhampton.computedScore());
    assertEquals(27, bexley.computedScore());
  }

  @Test
  void withoutItsDiscretionAPublishedRatingIsFlagged() {
    Facts facts = factsOf(PublishedReports.expected("wolverhampton-2022"));
    StandardFacts assessment = facts.standards().get("2.1");
    facts.standards().put("2.1", new StandardFacts(GOOD, assessment.percentYes(), null));
    List<Disagreement> found = rules.assess(facts).disagreements();
    assertEquals(List.of(Kind.RATING_DIFFERS_FROM_KEY_QUESTIONS), kinds(found));
    assertEquals("standards.2.1.rating", found.get(0).field());
    assertTrue(found.get(0).message().contains("64%"), found.get(0).message());
  }

  @Test
  void aChangedPercentageThatContradictsThePublishedRatingIsFlagged() {
    Facts facts = factsOf(PublishedReports.expected("solihull-2023"));
    // 3.1 is published Good from 89/67/67; 60% would make it Requires improvement.
    facts.standards().put("3.1", new StandardFacts(GOOD, List.of(89, 67, 60), null));
    assertEquals(List.of(Kind.RATING_DIFFERS_FROM_KEY_QUESTIONS), kinds(rules.assess(facts)));
  }

  @Test
  void discretionFromTheWrongBandIsFlagged() {
    Facts facts = factsOf(PublishedReports.expected("bexley-2024"));
    facts.standards().put("3.2", new StandardFacts(GOOD, List.of(93, 71, 64), INADEQUATE));
    assertEquals(List.of(Kind.DISCRETION_DOES_NOT_MATCH), kinds(rules.assess(facts)));
    facts
        .standards()
        .put("3.2", new StandardFacts(REQUIRES_IMPROVEMENT, List.of(93, 71, 64), GOOD));
    assertTrue(kinds(rules.assess(facts)).contains(Kind.DISCRETION_DOES_NOT_MATCH));
  }

  @Test
  void discretionThatChangesNothingIsFlagged() {
    Facts facts = factsOf(PublishedReports.expected("solihull-2023"));
    facts.standards().put("3.1", new StandardFacts(GOOD, List.of(89, 67, 67), GOOD));
    assertEquals(List.of(Kind.DISCRETION_NOT_NEEDED), kinds(rules.assess(facts)));
  }

  @Test
  void aStatedScoreThatTheRatingsDoNotAddUpToIsFlaggedAndKept() {
    Facts expected = factsOf(PublishedReports.expected("suffolk-2023"));
    var facts = new Facts(10, REQUIRES_IMPROVEMENT, expected.standards());
    Assessment assessment = rules.assess(facts);
    assertEquals(List.of(Kind.SCORE_DIFFERS), kinds(assessment));
    assertEquals(9, assessment.computedScore());
  }

  @Test
  void anOverallRatingTheScoreDoesNotEarnIsFlagged() {
    Facts expected = factsOf(PublishedReports.expected("bexley-2024"));
    var facts = new Facts(27, OUTSTANDING, expected.standards());
    List<Disagreement> found = rules.assess(facts).disagreements();
    assertEquals(List.of(Kind.OVERALL_DIFFERS), kinds(found));
    assertEquals(
        "A score of 27 is Good overall, but Outstanding is published", found.get(0).message());
  }

  @Test
  void missingStandardsKeyQuestionsAndImpossiblePercentagesAreFlagged() {
    Facts expected = factsOf(PublishedReports.expected("solihull-2023"));
    var standards = new LinkedHashMap<>(expected.standards());
    standards.remove("1.2");
    standards.put("2.1", new StandardFacts(INADEQUATE, List.of(50, 33), null));
    standards.put("2.2", new StandardFacts(INADEQUATE, List.of(50, 133, 33), null));
    standards.put("3.4", new StandardFacts(NOT_RATED, List.of(), null));
    standards.put("9.9", new StandardFacts(GOOD, List.of(), null));
    List<Kind> found = kinds(rules.assess(new Facts(17, REQUIRES_IMPROVEMENT, standards)));
    assertEquals(
        List.of(
            Kind.UNKNOWN_STANDARD,
            Kind.MISSING_STANDARD,
            Kind.MISSING_KEY_QUESTIONS,
            Kind.PERCENT_OUT_OF_RANGE,
            Kind.MISSING_STANDARD),
        found);
  }

  @Test
  void missingScoreAndOverallAreFlaggedOutOfRangeScoreToo() {
    Facts expected = factsOf(PublishedReports.expected("solihull-2023"));
    assertEquals(
        List.of(Kind.MISSING_SCORE, Kind.MISSING_OVERALL),
        kinds(rules.assess(new Facts(null, null, expected.standards()))));
    assertEquals(
        List.of(Kind.SCORE_OUT_OF_RANGE),
        kinds(rules.assess(new Facts(37, REQUIRES_IMPROVEMENT, expected.standards()))));
  }

  @Test
  void aFrameworkWithoutRatingsHasNothingToDisagreeWith() {
    var sqs = new ScoringRules(false, List.of(), List.of());
    Assessment assessment = sqs.assess(new Facts(null, null, new LinkedHashMap<>()));
    assertTrue(assessment.agrees());
    assertEquals(null, assessment.computedScore());
    assertEquals(null, assessment.maxScore());
  }

  @Test
  void theRatingOrderPutsOutstandingFirst() {
    assertTrue(OUTSTANDING.isBetterThan(GOOD));
    assertTrue(REQUIRES_IMPROVEMENT.isBetterThan(INADEQUATE));
    assertNotEquals(true, NOT_RATED.isBetterThan(INADEQUATE));
  }

  static Map<String, Rating> allRated(Rating rating) {
    var ratings = new HashMap<String, Rating>();
    CORE.forEach(code -> ratings.put(code, rating));
    ratings.put("4.1", GOOD);
    return ratings;
  }

  static Facts facts(Map<String, Rating> ratings, Integer score, Rating overall) {
    var standards = new LinkedHashMap<String, StandardFacts>();
    ratings.forEach(
        (code, rating) -> {
          List<Integer> percents =
              code.startsWith("2.") || code.startsWith("3.") && !code.equals("3.4")
                  ? List.of(percentFor(rating), percentFor(rating), percentFor(rating))
                  : List.of();
          standards.put(code, new StandardFacts(rating, percents, null));
        });
    return new Facts(score, overall, standards);
  }

  static int percentFor(Rating rating) {
    return switch (rating) {
      case OUTSTANDING -> 90;
      case GOOD -> 70;
      case REQUIRES_IMPROVEMENT -> 55;
      default -> 20;
    };
  }

  /** An inspection as the expected file of a published report records it. */
  static Facts factsOf(JsonObject report) {
    var discretion = new HashMap<String, Rating>();
    report
        .getJsonArray("professional_discretion")
        .getValuesAs(JsonObject.class)
        .forEach(d -> discretion.put(d.getString("standard"), Rating.valueOf(d.getString("from"))));
    JsonObject percents = report.getJsonObject("key_questions_percent_yes");
    var standards = new LinkedHashMap<String, StandardFacts>();
    report
        .getJsonObject("standards")
        .forEach(
            (code, rating) -> {
              List<Integer> values =
                  percents.containsKey(code)
                      ? percents
                          .getJsonArray(code)
                          .getValuesAs(v -> ((jakarta.json.JsonNumber) v).intValue())
                      : List.of();
              standards.put(
                  code,
                  new StandardFacts(
                      Rating.valueOf(((jakarta.json.JsonString) rating).getString()),
                      values,
                      discretion.get(code)));
            });
    return new Facts(
        PublishedReports.intOrNull(report, "score"),
        report.get("overall") == JsonValue.NULL
            ? null
            : Rating.valueOf(report.getString("overall")),
        standards);
  }

  static List<Kind> kinds(Assessment assessment) {
    return kinds(assessment.disagreements());
  }

  static List<Kind> kinds(List<Disagreement> disagreements) {
    return disagreements.stream().map(Disagreement::kind).toList();
  }
}
