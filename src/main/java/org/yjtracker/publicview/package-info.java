/**
 * What anybody may see without signing in: published inspections, their ratings, and each
 * recommendation with who it is addressed to, where it stands in the service's plan (with the day
 * of each change of its status, statuses only) and what the next inspection found of it.
 *
 * <p>Its views are records of their own that have no field for anything internal (no person's name
 * or email, no notes or reasons, no comments, no action leads, no progress narratives, no
 * evidence), so nothing internal can reach the public by a field someone forgot to blank. Drafts
 * are not there.
 */
package org.yjtracker.publicview;
