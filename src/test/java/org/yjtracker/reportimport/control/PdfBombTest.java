package org.yjtracker.reportimport.control;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.junit.jupiter.api.Test;

/**
 * A small PDF whose page content unpacks to hundreds of megabytes is refused, counted as it unpacks
 * and before PDFBox holds it in memory (PDFBox decodes a stream whole). Without the limit the text
 * would be extracted (or the heap run out) instead of a refusal.
 */
class PdfBombTest {

  private static final long INFLATED = 400L * 1024 * 1024;

  @Test
  void aPdfThatUnpacksToHundredsOfMegabytesIsRefusedNamingTheLimit() throws IOException {
    byte[] bomb = bomb(INFLATED, 1);
    assertTrue(bomb.length < 1024 * 1024, "the bomb is small: " + bomb.length);

    var refused = assertThrows(PdfLimitException.class, () -> new PdfText().extract(bomb));
    assertTrue(refused.getMessage().contains("unpacks to more than"), refused.getMessage());
  }

  @Test
  void aDoubleCompressedBombIsRefusedToo() throws IOException {
    byte[] once = bomb(INFLATED, 2);
    var refused = assertThrows(PdfLimitException.class, () -> new PdfText().extract(once));
    assertTrue(refused.getMessage().contains("MB"), refused.getMessage());
  }

  @Test
  void tooManyPagesAreRefusedNamingTheLimit() throws IOException {
    byte[] pdf;
    try (var document = new PDDocument();
        var out = new ByteArrayOutputStream()) {
      for (int i = 0; i < 6; i++) {
        document.addPage(new PDPage());
      }
      document.save(out);
      pdf = out.toByteArray();
    }
    var refused =
        assertThrows(
            PdfLimitException.class,
            () -> new PdfText(5, PdfText.MAX_INFLATED_BYTES, Duration.ofSeconds(20)).extract(pdf));
    assertTrue(refused.getMessage().contains("limit of 5"), refused.getMessage());
  }

  @Test
  void aReportWithinTheLimitsReads() {
    String text = new PdfText().extract(new PdfFixture().pdfOf("HM Inspectorate of Probation"));
    assertTrue(text.contains("HM Inspectorate of Probation"), text);
  }

  /** One page whose content is {@code inflated} spaces, Flate-compressed {@code times} times. */
  private static byte[] bomb(long inflated, int times) throws IOException {
    try (var document = new PDDocument();
        var out = new ByteArrayOutputStream()) {
      var page = new PDPage();
      document.addPage(page);
      COSStream stream = document.getDocument().createCOSStream();
      byte[] encoded = spaces(inflated);
      for (int i = 1; i < times; i++) {
        encoded = deflate(encoded);
      }
      try (OutputStream raw = stream.createRawOutputStream()) {
        raw.write(encoded);
      }
      if (times == 1) {
        stream.setItem(COSName.FILTER, COSName.FLATE_DECODE);
      } else {
        var filters = new org.apache.pdfbox.cos.COSArray();
        for (int i = 0; i < times; i++) {
          filters.add(COSName.FLATE_DECODE);
        }
        stream.setItem(COSName.FILTER, filters);
      }
      page.setContents(new PDStream(stream));
      document.save(out, org.apache.pdfbox.pdfwriter.compress.CompressParameters.NO_COMPRESSION);
      return out.toByteArray();
    }
  }

  /** {@code count} spaces, deflated as they are made so the test never holds them. */
  private static byte[] spaces(long count) throws IOException {
    var compressed = new ByteArrayOutputStream();
    var deflater = new java.util.zip.Deflater(java.util.zip.Deflater.BEST_COMPRESSION);
    try (var out = new java.util.zip.DeflaterOutputStream(compressed, deflater, 64 * 1024)) {
      byte[] chunk = new byte[1024 * 1024];
      java.util.Arrays.fill(chunk, (byte) ' ');
      for (long done = 0; done < count; done += chunk.length) {
        out.write(chunk, 0, (int) Math.min(chunk.length, count - done));
      }
    } finally {
      deflater.end();
    }
    return compressed.toByteArray();
  }

  private static byte[] deflate(byte[] bytes) throws IOException {
    var compressed = new ByteArrayOutputStream();
    try (var out = new java.util.zip.DeflaterOutputStream(compressed)) {
      out.write(bytes);
    }
    return compressed.toByteArray();
  }
}
