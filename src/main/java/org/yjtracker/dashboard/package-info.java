/**
 * Dashboards for following services from publication to the next inspection.
 *
 * <ul>
 *   <li>R1: a service's dashboard (whoever may read the service): latest and previous ratings side
 *       by side, recommendations by status, actions by RAG, overdue and stale actions, days since
 *       publication and to the plan's due date, and progress by month from the append-only history
 *       of progress updates ({@code ServiceDashboards}, {@code ProgressSeries}).
 *   <li>R2: the national dashboard (inspectorate only): one row per service with its latest
 *       published inspection, filtered, sorted and paged by one SQL statement per page plus a count
 *       and the chart aggregates, never a query per row ({@code NationalSql}).
 *   <li>R3: the national table exported with the same filters as CSV or XLSX ({@code
 *       NationalExport}).
 * </ul>
 */
package org.yjtracker.dashboard;
