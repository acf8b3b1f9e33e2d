package org.yjtracker.web.boundary;

/** Answers one page request: a page to show, or where to go next after a form. */
@FunctionalInterface
public interface PageHandler {

  PageResult handle(PageContext request) throws Exception;
}
