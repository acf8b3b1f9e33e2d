/**
 * Themes of recommendations (victims, resettlement, governance, ...): an admin-kept taxonomy, the
 * themes suggested for a recommendation from its words, and the ones an inspector confirmed.
 *
 * <ul>
 *   <li>R1 Everybody reads the themes with their keywords and the number of confirmed
 *       recommendations they may see; inspectorate admins add, change and retire them (a name is
 *       unique, the code never changes, a stale version is a conflict; audited).
 *   <li>R2 Suggestions are worked out from a recommendation's text when asked, never stored: whole
 *       words and phrases, singular or plural, hyphen or space, acronyms only in capitals ({@link
 *       org.yjtracker.theme.control.ThemeSuggester}), each with the phrases that matched.
 *   <li>R3 Inspectors confirm the themes of a recommendation; only known, current themes (a theme
 *       retired after it was confirmed stays); audited.
 *   <li>R4 A theme's page lists the confirmed recommendations by service with their status in the
 *       service's plan (as the plan page derives it) and the outcome the next inspection found;
 *       services other than the caller's own are left out for everybody but the inspectorate.
 * </ul>
 */
package org.yjtracker.theme;
