package org.yjtracker.reportimport.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import org.yjtracker.organisation.entity.OrganisationKind;
import org.yjtracker.reportimport.entity.Framework;
import org.yjtracker.reportimport.entity.ParsedRecommendation;
import org.yjtracker.reportimport.entity.ParsedReport;

/**
 * Reads the text of an HM Inspectorate of Probation youth justice inspection report into a draft.
 * Stateless and thread-safe: every parse gets its own text, sections and draft, and the readers
 * hold nothing but precompiled patterns. A parse is bounded in input size and in time, so a hostile
 * or broken document cannot hang a request.
 */
@ApplicationScoped
public class ReportParser {

  /** Reports parse in milliseconds; a whole second means something is badly wrong. */
  public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(2);

  private final Duration timeLimit;
  private final TextNormaliser normaliser = new TextNormaliser();
  private final FrameworkDetector detector = new FrameworkDetector();
  private final HeaderFacts header = new HeaderFacts();
  private final InspectionFacts inspection = new InspectionFacts();
  private final RatingsTable ratingsTable = new RatingsTable();
  private final RatingsFromProse ratingsFromProse = new RatingsFromProse();
  private final RatedAreas2025 ratedAreas = new RatedAreas2025();
  private final KeyQuestions keyQuestions = new KeyQuestions();
  private final AnnexePrompts prompts = new AnnexePrompts();
  private final Discretion discretion = new Discretion();
  private final Recommendations recommendations = new Recommendations();
  private final Findings findings = new Findings();
  private final ScoreCheck scoreCheck = new ScoreCheck();

  public ReportParser() {
    this(DEFAULT_TIME_LIMIT);
  }

  public ReportParser(Duration timeLimit) {
    this.timeLimit = timeLimit;
  }

  /**
   * @throws NotAReportException when the text is not an inspection report of a youth justice
   *     service
   * @throws ParseTimeoutException when reading takes longer than the time limit
   */
  public ParsedReport parse(String text) {
    if (text == null || text.isBlank()) {
      throw new NotAReportException("The document is empty");
    }
    ReportText report = normaliser.normalise(text, new Deadline(timeLimit));
    Draft draft = new Draft();
    detector.detect(report, draft);
    SectionMap sections = new SectionMap(report, draft.framework);
    header.read(report, draft);
    inspection.read(report, draft);
    Findings.Found screeningAreas = findings.read(report, sections, draft);
    if (draft.framework == Framework.HMIP_SQS_2012) {
      screeningRecommendations(screeningAreas, draft);
    } else {
      ratingsTable.read(report, draft);
      ratedAreas.read(report, draft);
      ratingsFromProse.read(report, sections, draft);
      keyQuestions.read(report, sections, draft);
      prompts.read(report, sections, draft);
      discretion.read(report, sections, draft);
      recommendations.read(report, sections, draft);
      scoreCheck.check(draft);
    }
    return draft.build();
  }

  /**
   * A screening makes no numbered recommendations; the service is told to focus its improvement
   * work on the areas requiring improvement, so those are what gets tracked.
   */
  private static void screeningRecommendations(Findings.Found areas, Draft draft) {
    if (areas == null) {
      return;
    }
    for (int i = 0; i < areas.items().size(); i++) {
      draft.recommendations.add(
          new ParsedRecommendation(
              i + 1, List.of(OrganisationKind.YJS), areas.heading().text(), areas.items().get(i)));
      draft.source("recommendations." + (i + 1), areas.lines().get(i));
    }
    draft.source("recommendations", areas.heading());
  }
}
