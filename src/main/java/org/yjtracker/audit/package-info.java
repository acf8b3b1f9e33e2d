/**
 * The audit trail: every create, update and delete, who made it, when, and the object before and
 * after.
 *
 * <ul>
 *   <li>R1 An entry is written in the same transaction as the change it records, so a change
 *       without its entry (or an entry without its change) cannot exist.
 *   <li>R2 Append-only: the application has no way to change an entry, and database triggers refuse
 *       UPDATE and DELETE from any client.
 *   <li>R3 Inspectorate admins read and filter it (API and page).
 * </ul>
 */
package org.yjtracker.audit;
