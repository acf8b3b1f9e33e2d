/**
 * Dashboards for following services from publication to the next inspection.
 *
 * <ul>
 *   <li>R1: a service's dashboard (whoever may read the service): latest and previous ratings side
 *       by side, recommendations by status, actions by RAG, overdue and stale actions, days since
 *       publication and to the plan's due date, and progress by month from the append-only history
 *       of progress updates ({@code ServiceDashboards}, {@code ProgressSeries}).
 *   <li>R2: the national dashboard (inspectorate only): one row per service with its latest
 *       published inspection and its plan's figures, read from a table the dashboard keeps ({@code
 *       national_service}): in the transaction of each write that changes a row ({@code
 *       NationalRows}, observing actionplan's, inspection's, organisation's and theme's events,
 *       reading only their read APIs and entities), and when time alone moves a figure ({@code
 *       NationalUpkeep}). A page is an index read of rows plus one grouping for the count and both
 *       charts ({@code NationalSql}); late plans, started or not, are a filter and a sort. Each row
 *       names its inspection's framework and kind (filters both); the overall rating is one scale
 *       across frameworks, so the charts count a 2025 Good and a 2018 Good alike.
 *   <li>R3: the national table exported with the same filters as CSV or XLSX ({@code
 *       NationalExport}).
 * </ul>
 */
package org.yjtracker.dashboard;
