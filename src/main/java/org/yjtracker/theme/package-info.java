/**
 * Themes of recommendations (victims, resettlement, governance, ...): an admin-kept taxonomy, the
 * themes suggested for a recommendation from its words, and the ones an inspector confirmed.
 */
package org.yjtracker.theme;
