package org.yjtracker.attention.entity;

/**
 * One thing that needs someone: what it is, a few words on why, and where to deal with it.
 *
 * @param href a page of the tracker (an action, a plan, an inspection, a service)
 */
public record AttentionItem(String text, String detail, String href) {}
