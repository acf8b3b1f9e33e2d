/**
 * Inspection frameworks as data: their domains, standards, key questions, rating scale and scoring
 * rules. A new framework or a renamed standard is a migration or an admin request, never a code
 * change.
 */
package org.yjtracker.framework;
