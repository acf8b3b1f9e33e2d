/**
 * Demo data: switched on with the {@code demo} setting (environment variable DEMO=true), it fills
 * an empty database with the services of the sample inspection reports, their boards and partners,
 * and one account per role, so the tracker can be tried out without typing a directory first.
 *
 * <ul>
 *   <li>R1 Loads only when {@code demo} is true and the database has no organisations yet, so it
 *       never mixes with real data and never loads twice.
 *   <li>R2 Loads through the organisation and account facades as {@code system}: the same
 *       validation as a user's input, and every object in the audit trail.
 *   <li>R3 All or nothing: one transaction; if any row fails, nothing is left and the reason is
 *       logged.
 *   <li>R4 The data is a readable table ({@code demo/organisations.csv}, {@code demo/users.csv}),
 *       not code.
 *   <li>R5 The demo accounts have published passwords; while any of them exists, every start logs a
 *       warning that they must not be used with real data.
 *   <li>R6 Every demo user's start page has something to show: the demo plans have actions overdue,
 *       due soon (led by the demo service lead's and partner's organisations) and gone quiet, and a
 *       late draft plan waits for its board's endorsement. What the start pages flag is counted
 *       back from the day the demo loads, so they look the same whichever day that is.
 * </ul>
 */
package org.yjtracker.demo;
