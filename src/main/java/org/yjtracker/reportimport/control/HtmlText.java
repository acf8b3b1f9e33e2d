package org.yjtracker.reportimport.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The text of a report published as a web page, in the shape the report parser reads: one line per
 * heading, paragraph or list item, a blank line after each paragraph, table, list or heading, each
 * table row as one line of its cells separated by tabs ("2.1\tAssessing\tGood"), list items of a
 * numbered list numbered ("3. review ...") and of other lists as bullets ("- ..."), footnote
 * markers ({@code <sup>1</sup>}) as superscript digits. The page's furniture goes: scripts and
 * styles, navigation, the site's header and footer, forms, cookie banners, skip and "Back to top"
 * links; what survives a copy of the page as text is left to the parser's own furniture rules.
 *
 * <p>jsoup reads any HTML, however broken, without an error; the walk over the page is iterative,
 * so deep nesting cannot overflow the stack. The caller bounds the size ({@link #MAX_CHARS}).
 */
public final class HtmlText {

  /** A report page is well under a megabyte of HTML; more than this is refused before reading. */
  public static final int MAX_CHARS = 5_000_000;

  /** Elements that are never part of the report, wherever they are. */
  private static final String NEVER =
      "script, style, noscript, template, nav, form, button, select, input, textarea, svg, iframe,"
          + " object, embed, canvas, dialog, [role=navigation], [role=search], [hidden],"
          + " [aria-hidden=true]";

  /** The site's own header, footer and side panels: furniture unless inside the report itself. */
  private static final String SITE = "header, footer, aside, [role=banner], [role=contentinfo]";

  private static final String REPORT = "main, article, [role=main]";

  private static final Pattern FURNITURE_NAME =
      Pattern.compile(
          "(?i)cookie|skip-?link|skip-to|breadcrumb|back-?to-?top|govuk-header|govuk-footer"
              + "|site-header|site-footer|phase-banner");

  /** Blocks that stand apart from what follows: a blank line after each. */
  private static final Set<String> PARAGRAPHS =
      Set.of(
          "p",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "table",
          "ul",
          "ol",
          "dl",
          "blockquote",
          "pre",
          "figure",
          "details",
          "caption",
          "hr");

  /** Blocks that start and end a line. */
  private static final Set<String> BLOCKS =
      Set.of(
          "div",
          "section",
          "article",
          "main",
          "dt",
          "dd",
          "address",
          "figcaption",
          "summary",
          "legend",
          "fieldset",
          "center",
          "li",
          "tr",
          "body",
          "tbody",
          "thead",
          "tfoot");

  private static final Pattern SPACES = Pattern.compile("[ \\t\\n\\r\\f]+");
  private static final Pattern NUMBERED = Pattern.compile("^\\d{1,3}\\s?[.)]\\s.*", Pattern.DOTALL);

  /** Whether a text (an upload or a paste) is a web page rather than plain text. */
  public static boolean looksLikeHtml(String text) {
    int i = 0;
    while (i < text.length()
        && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\uFEFF')) {
      i++;
    }
    String start = text.substring(i, Math.min(text.length(), i + 200)).toLowerCase(Locale.ROOT);
    return start.startsWith("<!doctype html")
        || start.startsWith("<html")
        || start.startsWith("<head")
        || start.startsWith("<body")
        || start.startsWith("<meta")
        || start.startsWith("<main")
        || start.startsWith("<article")
        || start.startsWith("<div")
        || start.startsWith("<section")
        || start.startsWith("<h1")
        || start.startsWith("<h2")
        || start.startsWith("<p>")
        || start.startsWith("<p ")
        || start.startsWith("<!--");
  }

  /** The page's text, lines separated by "\n". */
  public String extract(String html) {
    if (html.length() > MAX_CHARS) {
      throw new NotAReportException(
          "This web page is too large to be an inspection report ("
              + html.length() / 1_000_000
              + " million characters)");
    }
    Document page = Jsoup.parse(html);
    removeFurniture(page);
    Lines lines = new Lines();
    NodeTraversor.traverse(lines, page.body());
    return lines.text();
  }

  private static void removeFurniture(Document page) {
    page.select(NEVER).remove();
    for (Element e : page.select(SITE)) {
      if (!inReport(e) && e.select(REPORT).isEmpty()) {
        e.remove();
      }
    }
    Elements named = new Elements();
    for (Element e : page.body().getAllElements()) {
      String name = e.className() + " " + e.id();
      if (!name.isBlank() && FURNITURE_NAME.matcher(name).find() && e.select(REPORT).isEmpty()) {
        named.add(e);
      }
    }
    named.remove();
  }

  private static boolean inReport(Element e) {
    Element parent = e.parent();
    return parent != null && parent.closest(REPORT) != null;
  }

  /** Builds the lines while the page is walked. */
  private static final class Lines implements NodeVisitor {
    private final List<String> out = new ArrayList<>();
    private final StringBuilder line = new StringBuilder();
    private boolean blankPending;
    private String prefix;
    private int cells = -1;
    private int cellDepth;
    private int preDepth;
    private int itemDepth;

    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode text) {
        text(text);
        return;
      }
      if (!(node instanceof Element e)) {
        return;
      }
      String tag = e.normalName();
      switch (tag) {
        case "br" -> {
          if (cellDepth > 0) {
            space();
          } else {
            breakLine();
          }
        }
        case "tr" -> {
          breakLine();
          cells = 0;
        }
        case "td", "th" -> {
          if (cells > 0) {
            trimEnd();
            line.append('\t');
          }
          cells = Math.max(cells, 0) + 1;
          cellDepth++;
        }
        case "li" -> {
          breakLine();
          itemDepth++;
          Element list = e.parent();
          if (list != null && list.normalName().equals("ol")) {
            int start = 1;
            try {
              start = Integer.parseInt(list.attr("start").strip());
            } catch (NumberFormatException notGiven) {
              // numbered from 1
            }
            int index = 0;
            for (Element sibling : list.children()) {
              if (sibling == e) {
                break;
              }
              if (sibling.normalName().equals("li")) {
                index++;
              }
            }
            prefix = (start + index) + ". ";
          } else {
            prefix = "- ";
          }
        }
        case "pre" -> {
          breakLine();
          preDepth++;
        }
        default -> {
          if (cellDepth > 0) {
            if (PARAGRAPHS.contains(tag) || BLOCKS.contains(tag)) {
              space();
            }
          } else if (PARAGRAPHS.contains(tag) || BLOCKS.contains(tag)) {
            breakLine();
          }
        }
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (!(node instanceof Element e)) {
        return;
      }
      String tag = e.normalName();
      switch (tag) {
        case "td", "th" -> cellDepth--;
        case "tr" -> {
          breakLine();
          cells = -1;
        }
        case "li" -> {
          breakLine();
          itemDepth--;
          prefix = null;
        }
        case "pre" -> {
          preDepth--;
          breakLine();
          blank();
        }
        default -> {
          if (cellDepth > 0) {
            if (PARAGRAPHS.contains(tag) || BLOCKS.contains(tag)) {
              space();
            }
          } else if (PARAGRAPHS.contains(tag)) {
            breakLine();
            if (itemDepth == 0) {
              blank();
            }
          } else if (BLOCKS.contains(tag)) {
            breakLine();
          }
        }
      }
    }

    private void text(TextNode node) {
      String raw = node.getWholeText();
      if (preDepth > 0 && cellDepth == 0) {
        String[] parts = raw.split("\r\n|\r|\n", -1);
        for (int i = 0; i < parts.length; i++) {
          if (i > 0) {
            breakLine();
          }
          append(parts[i]);
        }
        return;
      }
      String text = SPACES.matcher(raw).replaceAll(" ");
      if (inSuperscript(node) && text.strip().matches("\\d{1,3}")) {
        text = superscript(text.strip());
      }
      append(text);
    }

    private void append(String text) {
      if (text.isEmpty()) {
        return;
      }
      String s = text;
      if (line.isEmpty() || line.charAt(line.length() - 1) == '\t') {
        s = s.stripLeading();
        if (s.isEmpty()) {
          return;
        }
      } else if (line.charAt(line.length() - 1) == ' ' && s.charAt(0) == ' ') {
        s = s.substring(1);
      }
      if (line.isEmpty() && prefix != null && cells < 0) {
        if (!(prefix.charAt(0) != '-' && NUMBERED.matcher(s).matches())) {
          line.append(prefix);
        }
        prefix = null;
      }
      if (line.isEmpty() && cells < 0 && blankPending && !out.isEmpty()) {
        out.add("");
      }
      if (line.isEmpty() && cells < 0) {
        blankPending = false;
      }
      line.append(s);
    }

    private void space() {
      if (!line.isEmpty()
          && line.charAt(line.length() - 1) != ' '
          && line.charAt(line.length() - 1) != '\t') {
        line.append(' ');
      }
    }

    private void trimEnd() {
      int end = line.length();
      while (end > 0 && line.charAt(end - 1) == ' ') {
        end--;
      }
      line.setLength(end);
    }

    private void breakLine() {
      trimEnd();
      if (line.isEmpty()) {
        return;
      }
      if (cells >= 0 && blankPending && !out.isEmpty()) {
        out.add("");
      }
      blankPending = false;
      out.add(line.toString());
      line.setLength(0);
    }

    private void blank() {
      blankPending = true;
    }

    String text() {
      breakLine();
      return String.join("\n", out) + "\n";
    }

    private static boolean inSuperscript(Node node) {
      Node parent = node.parent();
      for (int i = 0; i < 3 && parent instanceof Element e; i++, parent = parent.parent()) {
        if (e.normalName().equals("sup")) {
          return true;
        }
      }
      return false;
    }

    private static String superscript(String digits) {
      StringBuilder out = new StringBuilder(digits.length());
      for (char c : digits.toCharArray()) {
        out.append(
            switch (c) {
              case '1' -> '\u00B9';
              case '2' -> '\u00B2';
              case '3' -> '\u00B3';
              default -> (char) ('\u2070' + (c - '0'));
            });
      }
      return out.toString();
    }
  }
}
