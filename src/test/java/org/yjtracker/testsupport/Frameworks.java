package org.yjtracker.testsupport;

import java.util.List;
import org.yjtracker.framework.entity.Framework;
import org.yjtracker.framework.entity.Rating;
import org.yjtracker.framework.entity.RatingBand;

/** The 2018 standards framework built in memory as the V2 migration seeds it. */
public final class Frameworks {

  private Frameworks() {}

  public static Framework hmip2018() {
    var framework =
        new Framework("HMIP_YJ_2018", "Standards framework (2018)", 2018, 2025, true, true);
    framework.addBand(new RatingBand(Rating.OUTSTANDING, 3, 80, 31));
    framework.addBand(new RatingBand(Rating.GOOD, 2, 65, 19));
    framework.addBand(new RatingBand(Rating.REQUIRES_IMPROVEMENT, 1, 50, 7));
    framework.addBand(new RatingBand(Rating.INADEQUATE, 0, 0, 0));
    var organisational = framework.addDomain("1", "Organisational delivery");
    organisational.addStandard("1.1", "Governance and leadership", false, true);
    organisational.addStandard("1.2", "Staff", false, true);
    organisational.addStandard("1.3", "Partnerships and services", false, true);
    organisational.addStandard("1.4", "Information and facilities", false, true);
    var court = framework.addDomain("2", "Court disposals");
    sampled(court.addStandard("2.1", "Assessment", true, true));
    sampled(court.addStandard("2.2", "Planning", true, true));
    sampled(court.addStandard("2.3", "Implementation and delivery", true, true));
    sampled(court.addStandard("2.4", "Reviewing", true, true));
    var outOfCourt = framework.addDomain("3", "Out-of-court disposals");
    sampled(outOfCourt.addStandard("3.1", "Assessment", true, true));
    sampled(outOfCourt.addStandard("3.2", "Planning", true, true));
    sampled(outOfCourt.addStandard("3.3", "Implementation and delivery", true, true));
    outOfCourt.addStandard("3.4", "Out-of-court disposal policy and provision", false, true);
    var resettlement =
        framework
            .addDomain("4", "Resettlement")
            .addStandard("4.1", "Resettlement policy and provision", false, false);
    resettlement.allowUnrated();
    resettlement.limitOverall(Rating.INADEQUATE, Rating.GOOD);
    return framework;
  }

  /** The 2025 framework as migration V18 seeds it: two kinds, no thresholds, no score. */
  public static Framework hmip2025() {
    var framework =
        new Framework(
            "HMIP_YJ_2025", "Youth justice inspection framework (2025)", 2025, null, true, false);
    for (Rating rating :
        List.of(Rating.OUTSTANDING, Rating.GOOD, Rating.REQUIRES_IMPROVEMENT, Rating.INADEQUATE)) {
      framework.addBand(new RatingBand(rating, null, null, null));
    }
    framework.addKind("CHILDREN_AND_VICTIMS", 4);
    framework.addKind("YOUTH_JUSTICE_SERVICES", 7);
    framework
        .addDomain("1", "Organisational delivery")
        .rateOnlyIn(List.of("YOUTH_JUSTICE_SERVICES"));
    var children = framework.addDomain("2", "Work with children");
    for (String[] area :
        new String[][] {
          {"2.1", "Assessing"}, {"2.2", "Planning"}, {"2.3", "Implementation and delivery"}
        }) {
      var standard = children.addStandard(area[0], area[1], true, false);
      standard.addKeyQuestion("Achieving positive change for the child");
      standard.addKeyQuestion("Keeping the child and the community safe");
    }
    var victims =
        framework
            .addDomain("V", "Work with victims")
            .addStandard("V1", "Work with victims", true, false);
    victims.addKeyQuestion(
        "V1.1 Is work with victims high-quality, individualised, and responsive?");
    victims.addKeyQuestion(
        "V1.2 Do organisational arrangements and activity drive quality, individualised, and responsive service for victims");
    return framework;
  }

  private static void sampled(org.yjtracker.framework.entity.Standard standard) {
    standard.addKeyQuestion("Supporting the child's desistance");
    standard.addKeyQuestion("Keeping the child safe");
    standard.addKeyQuestion("Keeping other people safe");
  }
}
