package org.yjtracker.reportimport.control;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

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
  public static final int MAX_CHARS = 3_000_000;

  /** Elements that are never part of the report, wherever they are. */
  private static final Set<String> NEVER_TAGS =
      Set.of(
          "script",
          "style",
          "noscript",
          "template",
          "nav",
          "form",
          "button",
          "select",
          "input",
          "textarea",
          "svg",
          "iframe",
          "object",
          "embed",
          "canvas",
          "dialog",
          "head");

  /** The site's own header, footer and side panels: furniture unless inside the report itself. */
  private static final Set<String> SITE_TAGS = Set.of("header", "footer", "aside");

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
    Lines lines = new Lines(holdersOfTheReport(page));
    NodeTraversor.filter(lines, page.body());
    return lines.text();
  }

  /**
   * The elements that are or hold the report (main, article): furniture names and site parts around
   * them do not make them furniture. Worked out once, so that deciding on each element takes
   * constant time (the parser bounds the depth, not the breadth, of what it builds).
   */
  private static Set<Element> holdersOfTheReport(Document page) {
    Set<Element> holders = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element report : page.select(REPORT)) {
      for (Element e = report; e != null && holders.add(e); e = e.parent()) {
        // up to the first already known
      }
    }
    return holders;
  }

  private static boolean isReport(Element e) {
    String tag = e.normalName();
    return tag.equals("main") || tag.equals("article") || e.attr("role").equalsIgnoreCase("main");
  }

  /** Whether an element is the page's furniture, given whether it stands inside the report. */
  private static boolean furniture(Element e, boolean inReport, Set<Element> holders) {
    if (NEVER_TAGS.contains(e.normalName())
        || e.hasAttr("hidden")
        || e.attr("aria-hidden").equalsIgnoreCase("true")) {
      return true;
    }
    String role = e.attr("role").toLowerCase(Locale.ROOT);
    if (role.equals("navigation") || role.equals("search")) {
      return true;
    }
    if (holders.contains(e)) {
      return false;
    }
    boolean site =
        SITE_TAGS.contains(e.normalName()) || role.equals("banner") || role.equals("contentinfo");
    if (site && !inReport) {
      return true;
    }
    String name = e.className() + " " + e.id();
    return name.length() > 1 && FURNITURE_NAME.matcher(name).find();
  }

  /** Builds the lines while the page is walked. */
  private static final class Lines implements NodeFilter {
    private final Set<Element> holders;
    private final Map<Element, int[]> numbering = new IdentityHashMap<>();
    private int reportDepth;
    private final List<String> out = new ArrayList<>();
    private final StringBuilder line = new StringBuilder();
    private boolean blankPending;
    private String prefix;
    private int cells = -1;
    private int cellDepth;
    private int preDepth;
    private int itemDepth;

    Lines(Set<Element> holders) {
      this.holders = holders;
    }

    @Override
    public FilterResult head(Node node, int depth) {
      if (node instanceof TextNode text) {
        text(text);
        return FilterResult.CONTINUE;
      }
      if (!(node instanceof Element e)) {
        return FilterResult.CONTINUE;
      }
      if (furniture(e, reportDepth > 0, holders)) {
        return FilterResult.SKIP_ENTIRELY;
      }
      if (isReport(e)) {
        reportDepth++;
      }
      open(e);
      return FilterResult.CONTINUE;
    }

    private void open(Element e) {
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
            int[] number = numbering.computeIfAbsent(list, ol -> new int[] {startOf(ol) - 1});
            int index = ++number[0];
            prefix = index + ". ";
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
    public FilterResult tail(Node node, int depth) {
      if (node instanceof Element e) {
        if (isReport(e)) {
          reportDepth--;
        }
        close(e);
      }
      return FilterResult.CONTINUE;
    }

    private static int startOf(Element ol) {
      try {
        return Integer.parseInt(ol.attr("start").strip());
      } catch (NumberFormatException notGiven) {
        return 1;
      }
    }

    private void close(Element e) {
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
