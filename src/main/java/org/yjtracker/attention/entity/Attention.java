package org.yjtracker.attention.entity;

import java.util.List;

/** What needs the caller now: the sections of the start page for every role the caller has. */
public record Attention(List<AttentionSection> sections) {

  public Attention {
    sections = List.copyOf(sections);
  }
}
