/**
 * The next inspection of a service: its ratings compared with the previous one, the outcome it
 * records for each previous recommendation, and the recommendations carried into the new plan.
 */
package org.yjtracker.reinspection;
