package org.yjtracker.actionplan.boundary;

import java.time.Instant;

/**
 * One dated change of status in a plan, as its pages and exports show it.
 *
 * @param by who made it; null where the tracker moved it itself, or where the caller (a partner)
 *     does not see who changes the plan's recommendations
 * @param actionId the action that changed, or null for a recommendation
 * @param recommendationId the recommendation that changed, or null for an action
 * @param subject what changed, in words: "Recommendation 2", "Action: Train every officer…"
 * @param from the status before (an enum name); null for the first entry
 * @param to the status after (an enum name)
 */
public record StatusChangeView(
    Instant at,
    String by,
    Long actionId,
    Long recommendationId,
    String subject,
    String from,
    String to,
    String reason) {}
