package org.yjtracker.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core (Deque's accessibility engine, from its npm package) run inside the page Chromium shows:
 * the WCAG 2.0, 2.1 and 2.2 A and AA rules, and GOV.UK-relevant best practice. Answers the
 * violations as readable lines, empty when there are none.
 */
public final class Axe {

  private static final String SOURCE = load();

  private Axe() {}

  @SuppressWarnings("unchecked")
  public static List<String> violations(WebDriver driver) {
    var js = (JavascriptExecutor) driver;
    js.executeScript(SOURCE);
    Object result =
        js.executeAsyncScript(
            "const done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values:"
                + " ['wcag2a','wcag2aa','wcag21a','wcag21aa','wcag22aa','best-practice']}})"
                + ".then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact,"
                + " help: v.help, nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 5)}))))"
                + ".catch(e => done([{id: 'axe-error', impact: 'error', help: String(e), nodes: []}]));");
    List<String> lines = new ArrayList<>();
    for (Object violation : (List<Object>) result) {
      var v = (Map<String, Object>) violation;
      lines.add(
          v.get("impact") + " " + v.get("id") + ": " + v.get("help") + " at " + v.get("nodes"));
    }
    return lines;
  }

  /** The build unpacks axe-core's npm package into target/axe-core (see pom.xml). */
  private static String load() {
    Path file = Path.of("target/axe-core/package/axe.min.js");
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("axe-core is not unpacked at " + file.toAbsolutePath(), e);
    }
  }
}
