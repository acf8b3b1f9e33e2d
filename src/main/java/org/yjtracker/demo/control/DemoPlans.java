package org.yjtracker.demo.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.yjtracker.actionplan.entity.Acceptance;
import org.yjtracker.actionplan.entity.ActionPlan;
import org.yjtracker.actionplan.entity.ActionStatus;
import org.yjtracker.actionplan.entity.PlanAction;
import org.yjtracker.actionplan.entity.Rag;
import org.yjtracker.actionplan.entity.RecommendationResponse;
import org.yjtracker.inspection.entity.Inspection;
import org.yjtracker.inspection.entity.Recommendation;
import org.yjtracker.organisation.entity.Organisation;
import org.yjtracker.platform.control.Clocks;

/**
 * An improvement plan with a history for a demo inspection, so the plan, the dashboards and their
 * charts have something to show on the first start. The history is made up but follows a plan's
 * usual course: endorsed and submitted before its due date, then monthly updates in which most
 * actions move on to completion and every third one stalls, falls behind and goes quiet.
 */
@ApplicationScoped
public class DemoPlans {

  private static final int DUE_DAYS = 56;

  @PersistenceContext EntityManager em;

  /** Writes the plan of a published inspection, with updates up to (not after) {@code today}. */
  public void write(long inspectionId, String author, LocalDate today) {
    Inspection inspection = em.find(Inspection.class, inspectionId);
    LocalDate published =
        Optional.ofNullable(inspection.getPublishedOn()).orElse(today.minusMonths(6));
    var plan = new ActionPlan(inspection, published.plusDays(DUE_DAYS));
    plan.endorse(author, at(published.plusDays(35)));
    plan.submit(author, at(published.plusDays(49)));
    plan.activate();
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
      plan.addAction(action(plan, recommendation, lead, author, i, published, today));
    }
    em.flush();
    // Written now, the plan would look as if its actions came after their own updates; date
    // them when a real plan would have written them, a month after publication.
    Instant written = at(published.plusMonths(1));
    em.createNativeQuery("UPDATE action_plan SET created_at = ?1 WHERE id = ?2")
        .setParameter(1, Timestamp.from(written))
        .setParameter(2, plan.getId())
        .executeUpdate();
    em.createNativeQuery("UPDATE plan_action SET created_at = ?1 WHERE plan_id = ?2")
        .setParameter(1, Timestamp.from(written))
        .setParameter(2, plan.getId())
        .executeUpdate();
  }

  private PlanAction action(
      ActionPlan plan,
      Recommendation recommendation,
      Organisation lead,
      String author,
      int index,
      LocalDate published,
      LocalDate today) {
    var action = new PlanAction(plan, author, at(published.plusMonths(1)));
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
        published.plusMonths(1),
        List.of(recommendation));
    int monthsToFinish = 8 + 6 * index;
    action.retarget(published.plusMonths(monthsToFinish), null, author, at(published));
    boolean stalls = index % 3 == 2;
    for (int month = 2; ; month++) {
      LocalDate day = published.plusMonths(month);
      if (!day.isBefore(today.minusDays(7)) || (stalls && month > monthsToFinish / 2 + 1)) {
        break;
      }
      int percent = Math.min(100, 100 * (month - 1) / monthsToFinish);
      if (stalls) {
        percent = Math.min(percent, 40);
      }
      Rag rag = percent == 100 ? Rag.GREEN : stalls && month > 3 ? Rag.RED : Rag.AMBER;
      if (!stalls && percent >= 50 && percent < 100) {
        rag = Rag.GREEN;
      }
      action.report(author, at(day), narrative(percent, stalls), rag, percent, null, List.of());
      if (percent == 100) {
        action.setStatus(ActionStatus.COMPLETE, null, author, at(day), null);
        break;
      }
    }
    return action;
  }

  private static String narrative(int percent, boolean stalls) {
    if (percent == 100) {
      return "Complete: the change is in place and the board has seen the evidence.";
    }
    if (stalls) {
      return "Slower than planned: the partner's staff changes have held this back.";
    }
    return "On track: "
        + percent
        + "% of the planned work is done; reviewed at the monthly meeting.";
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
