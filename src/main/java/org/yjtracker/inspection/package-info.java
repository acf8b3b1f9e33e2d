/**
 * Inspections as published: each service's chain of inspections, their ratings, key questions,
 * findings and recommendations, checked against the framework's scoring rules.
 *
 * <ul>
 *   <li>R1 Published values are kept as published; disagreements with the rules are reported.
 *   <li>R2 A draft is edited by inspectors; a published inspection is read-only except for a
 *       correction by an inspectorate admin, who gives a reason kept in the audit trail.
 *   <li>R3 Each inspection knows its predecessor: the service's inspection before it by date.
 *   <li>R4 Everyone signed in reads the published inspections of the services they can see; only
 *       the inspectorate sees drafts.
 * </ul>
 */
package org.yjtracker.inspection;
