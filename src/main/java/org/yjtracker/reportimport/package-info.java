/**
 * Report import: reads the text of a published HM Inspectorate of Probation youth justice
 * inspection report into a draft that a person checks before it becomes an inspection.
 *
 * <ul>
 *   <li>R1 The parser reads 2018-framework reports (ratings, score, key questions, discretion,
 *       recommendations, strengths and areas for improvement, annexe prompts), Short Quality
 *       Screening reports (no ratings; the areas requiring improvement are the recommendations) and
 *       2025-framework reports: their kind (work with children and victims, or youth justice
 *       services), service, publication date (a warning when "Published:" is empty), overall
 *       rating, the rated areas 2.1-2.3 and V1 where the text rates them, and recommendations.
 *   <li>R2 It never invents a value: what the text does not show stays null or empty, and every
 *       value it reads carries the 1-based line it came from.
 *   <li>R3 Where the report disagrees with the framework's rules (score, bands, discretion), the
 *       published value is kept and the disagreement becomes a warning.
 *   <li>R4 A document that is not an inspection report is refused with a message for the user; a
 *       parse can never hang (bounded input, linear patterns, a deadline).
 *   <li>R5 PDF uploads are turned into text first (Apache PDFBox); web pages too (jsoup), table
 *       rows as lines of cells, the site's furniture left out, so a page gives the draft its text
 *       gives.
 * </ul>
 */
package org.yjtracker.reportimport;
