package org.yjtracker.reportimport.control;

import java.util.List;

/** The normalised lines of one report, plus the deadline of the parse reading them. */
final class ReportText {

  private final List<Line> lines;
  private final Deadline deadline;

  ReportText(List<Line> lines, Deadline deadline) {
    this.lines = List.copyOf(lines);
    this.deadline = deadline;
  }

  int size() {
    return lines.size();
  }

  Line get(int index) {
    return lines.get(index);
  }

  String text(int index) {
    return lines.get(index).text();
  }

  /** Index of the first non-blank line at or after {@code from}, or -1. */
  int nextNonBlank(int from) {
    for (int i = Math.max(from, 0); i < lines.size(); i++) {
      if (!lines.get(i).blank()) {
        return i;
      }
    }
    return -1;
  }

  /** Called once per line by every loop, so that no extractor can outrun the time limit. */
  void tick() {
    deadline.check();
  }
}
