package org.yjtracker.reportimport.control;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yjtracker.reportimport.entity.PromptResult;

/**
 * Reads the annexe's case data: under each standard ("2.1. Assessment (court disposals)"), each key
 * question ("Does assessment ...? % yes") is followed by its prompts ("a) Is there sufficient
 * analysis ...? 64%"). A prompt may wrap onto the next line, before or after its percentage.
 */
final class AnnexePrompts {

  private static final int MAX_PROMPT_LINES = 4;

  private static final Pattern PROMPT = Pattern.compile("^([a-z])\\)\\s+(.+)$");
  private static final Pattern TRAILING_PERCENT =
      Pattern.compile("\\s?(?<![\\d.])(\\d{1,3})\\s?%$");
  private static final Pattern QUESTION_HEADER =
      Pattern.compile("^(?:does|do|is|are|has|have)\\b.*\\?\\s*(?:%\\s*yes)?$");

  void read(ReportText text, SectionMap sections, Draft draft) {
    new Reading(text, draft).run(sections);
  }

  /** A key question line counts only when prompts follow it, which tells it from body prose. */
  private static boolean isQuestionHeader(ReportText text, int index) {
    String lower = text.get(index).lower();
    if (!(lower.endsWith("?") || lower.endsWith("yes"))
        || !QUESTION_HEADER.matcher(lower).matches()) {
      return false;
    }
    int next = text.nextNonBlank(index + 1);
    while (next > 0 && text.get(next).isFootnote()) {
      next = text.nextNonBlank(next + 1);
    }
    return next > 0 && PROMPT.matcher(text.text(next)).matches();
  }

  /** One pass over the text: the standard being read, its prompts and the prompt in progress. */
  private static final class Reading {
    private final ReportText text;
    private final Draft draft;
    private String code;
    private List<PromptResult> results;
    private int keyQuestion;
    private Pending pending;

    Reading(ReportText text, Draft draft) {
      this.text = text;
      this.draft = draft;
    }

    void run(SectionMap sections) {
      for (int i = 0; i < text.size(); i++) {
        text.tick();
        String section = sections.standardAt(i);
        if (section == null ? code != null : !section.equals(code)) {
          store();
          code = section;
          results = new ArrayList<>();
          keyQuestion = 0;
          pending = null;
        }
        Line line = text.get(i);
        if (code != null && !line.blank() && !line.isFootnote()) {
          readLine(i, line);
        }
      }
      store();
    }

    private void readLine(int index, Line line) {
      Matcher prompt = PROMPT.matcher(line.text());
      if (prompt.matches()) {
        pending = keyQuestion == 0 ? null : new Pending(keyQuestion, line);
        if (pending != null) {
          add(prompt.group(2));
        }
      } else if (isQuestionHeader(text, index)) {
        keyQuestion++;
        pending = null;
      } else if (pending != null && pending.awaitsQuestionEnd()) {
        int end = line.text().lastIndexOf('?');
        if (end >= 0) {
          pending.append(line.text().substring(0, end + 1));
          results.set(results.size() - 1, pending.result());
        }
        pending = null;
      } else if (pending != null && pending.lines < MAX_PROMPT_LINES) {
        add(line.text());
      } else {
        pending = null;
      }
    }

    /**
     * Adds a line to the prompt being read. The prompt stays open while its percentage is still to
     * come, or while a question cut short by the percentage ("... ongoing plan all 45%") may end on
     * the next line ("of work to manage and minimise the risk of harm? т Ј 70").
     */
    private void add(String part) {
      if (!pending.add(part)) {
        return;
      }
      results.add(pending.result());
      draft.source("prompts." + code, pending.first);
      draft.source("prompts." + code + "." + results.size(), pending.first);
      if (!pending.awaitsQuestionEnd()) {
        pending = null;
      }
    }

    private void store() {
      if (code != null && results != null && !results.isEmpty()) {
        draft.prompts.putIfAbsent(code, results);
      }
    }
  }

  /** A prompt being read, possibly over several lines. */
  private static final class Pending {
    private final int keyQuestion;
    private final Line first;
    private final StringBuilder text = new StringBuilder();
    private Integer percent;
    private int lines;

    Pending(int keyQuestion, Line first) {
      this.keyQuestion = keyQuestion;
      this.first = first;
    }

    /** Adds a line of the prompt; true when this line completed it with its percentage. */
    boolean add(String part) {
      lines++;
      Matcher m = TRAILING_PERCENT.matcher(part);
      if (m.find()) {
        int value = Integer.parseInt(m.group(1));
        append(part.substring(0, m.start()));
        percent = value <= 100 ? value : null;
        return percent != null;
      }
      append(part);
      return false;
    }

    boolean awaitsQuestionEnd() {
      return percent != null && !text.toString().endsWith("?");
    }

    PromptResult result() {
      return new PromptResult(keyQuestion, text.toString(), percent);
    }

    void append(String part) {
      String piece = part.strip();
      if (!piece.isEmpty()) {
        if (text.length() > 0) {
          text.append(' ');
        }
        text.append(piece);
      }
    }
  }
}
