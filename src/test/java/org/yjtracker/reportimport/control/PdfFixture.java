package org.yjtracker.reportimport.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Prints a report's text onto PDF pages with a standard 14 font, as a stand-in for a published PDF.
 * Characters the font cannot encode (superscripts beyond ³, arrows, Cyrillic debris) become '?',
 * and long lines wrap at word boundaries, as they would in print.
 */
public final class PdfFixture {

  private static final float FONT_SIZE = 7f;
  private static final float LEADING = 9f;
  private static final float MARGIN = 30f;
  private static final PDRectangle PAGE = new PDRectangle(1200f, 1600f);

  private final PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
  private final Map<Integer, Boolean> encodable = new HashMap<>();

  public byte[] pdfOf(String text) {
    try (PDDocument document = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Printer printer = new Printer(document);
      for (String line : text.split("\r\n|\r|\n", -1)) {
        List<String> pieces = wrap(printable(line.replace("\t", "    ")));
        if (pieces.isEmpty()) {
          printer.skip();
        }
        for (String piece : pieces) {
          printer.print(piece);
        }
      }
      printer.close();
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String printable(String line) {
    StringBuilder out = new StringBuilder(line.length());
    line.codePoints()
        .forEach(
            cp ->
                out.append(
                    encodable.computeIfAbsent(cp, this::canEncode) ? Character.toString(cp) : "?"));
    return out.toString();
  }

  private boolean canEncode(int codePoint) {
    try {
      font.encode(Character.toString(codePoint));
      return true;
    } catch (IllegalArgumentException | IOException e) {
      return false;
    }
  }

  private List<String> wrap(String line) throws IOException {
    List<String> pieces = new ArrayList<>();
    float width = PAGE.getWidth() - 2 * MARGIN;
    String rest = line.strip();
    while (!rest.isEmpty()) {
      int end = rest.length();
      while (textWidth(rest.substring(0, end)) > width) {
        int space = rest.lastIndexOf(' ', end - 1);
        end = space > 0 ? space : end - 1;
      }
      pieces.add(rest.substring(0, end));
      rest = rest.substring(end).strip();
    }
    return pieces;
  }

  private float textWidth(String text) throws IOException {
    return font.getStringWidth(text) / 1000f * FONT_SIZE;
  }

  /** Writes lines top to bottom, starting a new page when one is full. */
  private final class Printer {
    private final PDDocument document;
    private PDPageContentStream stream;
    private float y;

    Printer(PDDocument document) throws IOException {
      this.document = document;
      newPage();
    }

    void print(String text) throws IOException {
      if (y < MARGIN) {
        newPage();
      }
      stream.beginText();
      stream.newLineAtOffset(MARGIN, y);
      stream.showText(text);
      stream.endText();
      y -= LEADING;
    }

    void skip() throws IOException {
      y -= LEADING;
    }

    void close() throws IOException {
      stream.close();
    }

    private void newPage() throws IOException {
      if (stream != null) {
        stream.close();
      }
      PDPage page = new PDPage(PAGE);
      document.addPage(page);
      stream = new PDPageContentStream(document, page);
      stream.setFont(font, FONT_SIZE);
      y = PAGE.getHeight() - MARGIN;
    }
  }
}
