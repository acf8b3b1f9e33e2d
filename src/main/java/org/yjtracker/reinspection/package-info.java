/**
 * The next inspection of a service: its ratings compared with the previous one, the outcome it
 * records for each previous recommendation, and the recommendations carried into the new plan.
 *
 * <ul>
 *   <li>R1 Whoever reads an inspection and the one before it reads the comparison: each standard's
 *       rating then and now (the union of both frameworks' standards), the score and overall
 *       change; 404 when there is no previous inspection.
 *   <li>R2 Inspectors record an outcome (met, partly met, not met, no longer applicable) with a
 *       note for every previous recommendation; a stale change answers 409; each change is audited.
 *       Outcomes stay correctable after the previous plan closed.
 *   <li>R3 Recommendations not met or partly met are carried into the new plan, whose actions may
 *       then answer them; one is taken out again only while no action answers it.
 *   <li>R4 Once every recommendation has an outcome the inspector closes the previous plan, which
 *       from then on refuses every change (409).
 * </ul>
 *
 * <p>The plans are actionplan's: re-inspection reads them through {@code PlanProgress} and changes
 * them only through {@code PlanJudgements}, which keeps the rules of R3 and R4 that concern the
 * plans (an answered recommendation stays carried; a closed plan refuses changes). The dependency
 * runs one way: actionplan knows nothing of re-inspection.
 */
package org.yjtracker.reinspection;
