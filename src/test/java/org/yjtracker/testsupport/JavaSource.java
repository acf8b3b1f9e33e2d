package org.yjtracker.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * One main source file read for the architecture tests: its text, its code without comments (string
 * literals emptied, so neither prose nor SQL counts as a reference) and its string literals, those
 * joined with {@code +} read as one (a statement split over lines is one statement).
 *
 * @param path relative to the project, with forward slashes
 * @param component the business component, the package segment after {@code org.yjtracker}
 */
public record JavaSource(
    String path, String component, String text, String code, List<String> literals) {

  public static final Path MAIN = Path.of("src/main/java");
  private static final Path ROOT = MAIN.resolve("org/yjtracker");

  /** Every main source file of the application. */
  public static List<JavaSource> all() {
    try (Stream<Path> files = Files.walk(ROOT)) {
      return files
          .filter(f -> f.toString().endsWith(".java"))
          .sorted()
          .map(JavaSource::read)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JavaSource read(Path file) {
    try {
      Path relative = ROOT.relativize(file);
      String component =
          relative.getNameCount() > 1
              ? relative.getName(0).toString()
              : relative.toString().replace(".java", "");
      return lex(file.toString().replace('\\', '/'), component, Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The class the file is named after. */
  public String name() {
    return path.substring(path.lastIndexOf('/') + 1).replace(".java", "");
  }

  static JavaSource lex(String path, String component, String text) {
    StringBuilder code = new StringBuilder();
    List<String> literals = new ArrayList<>();
    StringBuilder literal = null;
    // Code written since the last literal: only whitespace and '+' means the next one continues it.
    int sinceLiteral = 0;
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (text.startsWith("//", i)) {
        int end = text.indexOf('\n', i);
        i = end < 0 ? n : end;
      } else if (text.startsWith("/*", i)) {
        int end = text.indexOf("*/", i + 2);
        i = end < 0 ? n : end + 2;
        code.append(' ');
      } else if (c == '\'') {
        int end = i + 1;
        while (end < n && text.charAt(end) != '\'') {
          end += text.charAt(end) == '\\' ? 2 : 1;
        }
        code.append("' '");
        i = end + 1;
      } else if (c == '"') {
        boolean block = text.startsWith("\"\"\"", i);
        int start = i + (block ? 3 : 1);
        int end = start;
        StringBuilder value = new StringBuilder();
        while (end < n && !(block ? text.startsWith("\"\"\"", end) : text.charAt(end) == '"')) {
          if (text.charAt(end) == '\\' && end + 1 < n) {
            value.append(text.charAt(end + 1));
            end += 2;
          } else {
            value.append(text.charAt(end++));
          }
        }
        String between = code.substring(sinceLiteral);
        if (literal != null && between.matches("[\\s+]*")) {
          literal.append(value);
        } else {
          if (literal != null) {
            literals.add(literal.toString());
          }
          literal = value;
        }
        code.append("\"\"");
        sinceLiteral = code.length();
        i = end + (block ? 3 : 1);
      } else {
        code.append(c);
        i++;
      }
    }
    if (literal != null) {
      literals.add(literal.toString());
    }
    return new JavaSource(path, component, text, code.toString(), List.copyOf(literals));
  }
}
