package org.yjtracker.actionplan.boundary;

/** A comment on a plan. */
public class CommentInput {

  public String text;
}
