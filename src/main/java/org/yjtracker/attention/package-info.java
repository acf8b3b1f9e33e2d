/**
 * Attention: the start page after sign-in, "what needs me now", per role, and its API ({@code GET
 * /api/me/attention}). It reads only through other components' read APIs (actionplan's {@code
 * PlanActions}, {@code ActionPlans} and {@code PlanProgress}, inspection's {@code
 * InspectionRecords}, the national dashboard) and writes nothing.
 *
 * <ul>
 *   <li>R1 Partners, service leads and board members: their actions overdue, due soon and gone
 *       quiet (by the flags actionplan keeps), and the recommendations addressed to their
 *       organisations that no action answers.
 *   <li>R2 Service leads and board members: their service's open plans with their deadlines, and
 *       the plans waiting for endorsement or submission.
 *   <li>R3 The inspectorate: late plans, plans waiting for review, services whose plans went quiet.
 *   <li>R4 Every section's count links to the whole filtered list behind it, every item to its
 *       action, plan, inspection or service; a section shows ten items at most.
 * </ul>
 */
package org.yjtracker.attention;
