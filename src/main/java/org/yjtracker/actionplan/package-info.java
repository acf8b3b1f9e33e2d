/**
 * The improvement plan that answers an inspection: owners and acceptance of each recommendation,
 * the actions against them and their dated progress updates, and the flags computed from dates.
 *
 * <p>Built so far: the rules (flags, suggested RAG, recommendation status derived from actions).
 * The plan's storage, API and pages are still to come.
 */
package org.yjtracker.actionplan;
