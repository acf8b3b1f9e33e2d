package org.yjtracker.dashboard.entity;

import java.time.LocalDate;
import org.yjtracker.actionplan.entity.PlanStage;
import org.yjtracker.framework.entity.Rating;
import org.yjtracker.organisation.entity.Region;

/**
 * One service in the national table: its latest published inspection and where its plan stands.
 *
 * @param published the publication as the report gives it: a month (YYYY-MM) or a day
 * @param planLate the plan was submitted after its due date, or is not submitted and past it
 * @param openRecommendations recommendations still OPEN or IN_PROGRESS
 */
public record ServiceRow(
    long serviceId,
    String service,
    Region region,
    String regionLabel,
    String framework,
    String frameworkName,
    long inspectionId,
    String published,
    LocalDate publishedOn,
    Rating overall,
    Integer score,
    Long planId,
    PlanStage planStage,
    LocalDate planDueDate,
    boolean planLate,
    long openRecommendations,
    long implementedRecommendations,
    long overdueActions,
    long staleActions) {}
