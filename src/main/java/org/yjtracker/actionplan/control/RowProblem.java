package org.yjtracker.actionplan.control;

/**
 * Something wrong with one row of an imported plan.
 *
 * @param field the field of the imported row it concerns ("targetDate", "rag", ...)
 * @param message what is wrong and how to put it right, for the person who wrote the sheet
 */
public record RowProblem(String field, String message) {}
