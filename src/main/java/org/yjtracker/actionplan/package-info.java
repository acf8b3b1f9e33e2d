/**
 * The improvement plan that answers an inspection: owners and acceptance of each recommendation,
 * the actions against them and their dated progress updates, and the flags computed from dates.
 *
 * <p>A plan a service already keeps in a spreadsheet (CSV or XLSX) can be imported: previewed row
 * by row with each row's problems, then imported whole or not at all ({@code PlanSpreadsheet},
 * {@code PlanRowMatcher}, {@code PlanImports}).
 *
 * <p>Progress updates are appended and carry no version: any number of them may be written to one
 * action at once and none conflicts or bumps the action's version; only edits of the action itself
 * answer 409 on a stale version. Writing an action does not version its plan either.
 *
 * <p>actionplan alone writes its tables and keeps where each plan stands. Other components read it
 * through {@code PlanProgress} and name only the published values of its entity package (statuses,
 * {@code CarriedOutcome}); the next inspection carries recommendations into a plan, takes them out,
 * corrects what it found of them and closes the plan it judged through {@code PlanJudgements}.
 * actionplan depends on none of them ({@code ActionPlanOwnershipTest}).
 *
 * <p>Every change of status of an action or recommendation is kept with its day, who and why, and
 * read through {@code PlanHistory}: whoever sees the whole plan reads it all; a partner reads its
 * own actions' entries and the recommendations' without who made them. Exports and the board paper
 * carry the same history and say how late a late plan is.
 *
 * <p>The board's view, what changed since a day (the last board meeting), is read from the same
 * kept data ({@code PlanChanges} in control, {@code PlanChangesSince} in boundary): actions
 * completed (their kept status and its day), target date moves, progress updates and the
 * recommendations' status history, on or after that UK day, limited to what the plan page shows the
 * caller.
 */
package org.yjtracker.actionplan;
