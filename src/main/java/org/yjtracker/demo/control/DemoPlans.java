package org.yjtracker.demo.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.yjtracker.actionplan.boundary.PlanProgress;
import org.yjtracker.actionplan.control.ProgressSettings;
import org.yjtracker.actionplan.entity.Acceptance;
import org.yjtracker.actionplan.entity.ActionPlan;
import org.yjtracker.actionplan.entity.ActionStatus;
import org.yjtracker.actionplan.entity.PlanAction;
import org.yjtracker.actionplan.entity.RecommendationResponse;
import org.yjtracker.demo.control.ActionCourse.Kind;
import org.yjtracker.inspection.entity.Inspection;
import org.yjtracker.inspection.entity.Recommendation;
import org.yjtracker.organisation.entity.Organisation;
import org.yjtracker.platform.control.Clocks;

/**
 * Improvement plans with a history for demo inspections, so the plans, the dashboards, their charts
 * and everybody's start page have something to show on the first start. The history is made up but
 * follows a plan's usual course, and what matters on a start page is counted back from the day the
 * demo loads ({@link ActionCourse}), so it looks the same whichever day that is.
 *
 * <p>An active plan was endorsed and submitted before its due date and has monthly updates: every
 * third action stalled (overdue and quiet); the last action of each organisation in {@code
 * dueSoonLeads} is under way and due soon; the others were completed months ago. A draft plan was
 * written two weeks ago, long after its due date, and waits for the board's endorsement.
 *
 * <p>Their kept progress (where each recommendation stands) is filled at start-up by actionplan's
 * back-fill, which keeps every plan whose {@code progress_kept_at} is still empty.
 */
@ApplicationScoped
public class DemoPlans {

  private static final int DUE_DAYS = 56;

  @PersistenceContext EntityManager em;
  @Inject PlanProgress progress;

  /**
   * Writes the active plan of a published inspection, with updates up to (not after) {@code today}.
   *
   * @param dueSoonLeads organisations whose last action is made due soon (those with demo accounts)
   */
  public void write(long inspectionId, String author, LocalDate today, Set<Long> dueSoonLeads) {
    Inspection inspection = em.find(Inspection.class, inspectionId);
    LocalDate published = publishedOn(inspection, today);
    var plan = new ActionPlan(inspection, published.plusDays(DUE_DAYS));
    plan.endorse(author, at(published.plusDays(35)));
    plan.submit(author, at(published.plusDays(49)));
    plan.activate();
    LocalDate written = published.plusMonths(1);
    List<Recommendation> recommendations = inspection.getRecommendations();
    List<ActionCourse> courses =
        activeCourses(
            recommendations.stream().map(r -> lead(inspection, r).getId()).toList(),
            dueSoonLeads,
            written,
            today,
            progress.settings());
    persist(plan, inspection, author, written, courses);
  }

  /**
   * Writes a draft plan of a published inspection, written two weeks before {@code today} (after
   * its due date, if the inspection is older than eight weeks) and not endorsed yet.
   */
  public void writeDraft(long inspectionId, String author, LocalDate today) {
    Inspection inspection = em.find(Inspection.class, inspectionId);
    LocalDate published = publishedOn(inspection, today);
    var plan = new ActionPlan(inspection, published.plusDays(DUE_DAYS));
    // Recent enough that its not-yet-started actions do not look stale.
    LocalDate written = today.minusDays(Math.min(14, progress.settings().staleDays() - 1));
    List<ActionCourse> courses = new ArrayList<>();
    for (int i = 0; i < inspection.getRecommendations().size(); i++) {
      courses.add(ActionCourse.planned(today, i));
    }
    persist(plan, inspection, author, written, courses);
  }

  /**
   * Which course each action of an active plan took, by its lead organisation's id: every third
   * stalls; of the others, the last one each organisation of {@code dueSoonLeads} leads is due
   * soon; the rest were completed, the earlier ones earlier.
   */
  static List<ActionCourse> activeCourses(
      List<Long> leads,
      Set<Long> dueSoonLeads,
      LocalDate written,
      LocalDate today,
      ProgressSettings settings) {
    List<ActionCourse> courses = new ArrayList<>();
    int dueSoon = 0;
    for (int i = 0; i < leads.size(); i++) {
      if (stalls(i)) {
        courses.add(ActionCourse.stalled(written, today, settings));
      } else if (dueSoonLeads.contains(leads.get(i)) && lastGoing(leads, i)) {
        courses.add(ActionCourse.dueSoon(written, today, settings, dueSoon++));
      } else {
        courses.add(ActionCourse.completed(written, today, 3 + 2 * (leads.size() - 1 - i)));
      }
    }
    return courses;
  }

  private static boolean stalls(int index) {
    return index % 3 == 2;
  }

  /** No later action that does not stall has the same lead. */
  private static boolean lastGoing(List<Long> leads, int index) {
    for (int j = index + 1; j < leads.size(); j++) {
      if (!stalls(j) && leads.get(j).equals(leads.get(index))) {
        return false;
      }
    }
    return true;
  }

  private void persist(
      ActionPlan plan,
      Inspection inspection,
      String author,
      LocalDate written,
      List<ActionCourse> courses) {
    em.persist(plan);
    // The plan's id now: each action's first status change is written against it.
    em.flush();
    List<Recommendation> recommendations = inspection.getRecommendations();
    for (int i = 0; i < recommendations.size(); i++) {
      Recommendation recommendation = recommendations.get(i);
      Organisation lead = lead(inspection, recommendation);
      var response = new RecommendationResponse(recommendation.getId());
      response.accept(Acceptance.AGREED, null, lead);
      em.persist(response);
      plan.addAction(action(plan, recommendation, lead, author, written, courses.get(i)));
    }
    em.flush();
    // Written now, the plan would look as if its actions came after their own updates; date
    // them when a real plan would have written them.
    Instant at = at(written);
    em.createNativeQuery("UPDATE action_plan SET created_at = ?1 WHERE id = ?2")
        .setParameter(1, Timestamp.from(at))
        .setParameter(2, plan.getId())
        .executeUpdate();
    em.createNativeQuery("UPDATE plan_action SET created_at = ?1 WHERE plan_id = ?2")
        .setParameter(1, Timestamp.from(at))
        .setParameter(2, plan.getId())
        .executeUpdate();
  }

  private PlanAction action(
      ActionPlan plan,
      Recommendation recommendation,
      Organisation lead,
      String author,
      LocalDate written,
      ActionCourse course) {
    var action = new PlanAction(plan, author, at(written));
    action.describe(
        lead,
        null,
        titleOf(recommendation),
        "Respond to recommendation "
            + recommendation.getNumber()
            + ": "
            + firstWords(recommendation),
        "The next inspection finds this recommendation met",
        null,
        course.kind() == Kind.PLANNED ? null : written,
        List.of(recommendation));
    action.retarget(course.target(), null, author, at(written));
    for (ActionCourse.Update update : course.updates()) {
      action.report(
          author,
          at(update.day()),
          narrative(course.kind(), update.percent()),
          update.rag(),
          update.percent(),
          null,
          List.of());
      if (update.percent() == 100) {
        action.setStatus(ActionStatus.COMPLETE, null, author, at(update.day()), null);
      }
    }
    return action;
  }

  private static String narrative(Kind kind, int percent) {
    if (percent == 100) {
      return "Complete: the change is in place and the board has seen the evidence.";
    }
    if (kind == Kind.STALLED) {
      return "Slower than planned: the partner's staff changes have held this back.";
    }
    return "On track: "
        + percent
        + "% of the planned work is done; reviewed at the monthly meeting.";
  }

  private static LocalDate publishedOn(Inspection inspection, LocalDate today) {
    return Optional.ofNullable(inspection.getPublishedOn()).orElse(today.minusMonths(6));
  }

  /** The first owner the recommendation names other than the service, else the service. */
  private static Organisation lead(Inspection inspection, Recommendation recommendation) {
    return recommendation.getOwners().stream()
        .filter(o -> !o.equals(inspection.getService()))
        .findFirst()
        .orElse(inspection.getService());
  }

  /** What the action does, as a title: the recommendation's first words, capitalised. */
  private static String titleOf(Recommendation recommendation) {
    String words = org.yjtracker.actionplan.entity.ActionTitles.of(null, recommendation.getText());
    return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  private static String firstWords(Recommendation recommendation) {
    String text = recommendation.getText().strip();
    return text.length() <= 120 ? text : text.substring(0, 117) + "...";
  }

  private static Instant at(LocalDate day) {
    return day.atTime(10, 0).atZone(Clocks.TRACKER_ZONE).toInstant();
  }
}
