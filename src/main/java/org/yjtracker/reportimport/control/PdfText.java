package org.yjtracker.reportimport.control;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.filter.FilterFactory;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Extracts the text of an uploaded PDF with Apache PDFBox, one output line per line of print, for
 * {@link ReportParser}. Stateless: every call loads its own document.
 *
 * <p>A hostile PDF can be small and still unpack to hundreds of megabytes (a "PDF bomb"), have
 * thousands of pages, or take minutes to lay out. PDFBox decodes each stream whole into memory, so
 * before extracting, every stream the text stripper may decode is unpacked once into a counter that
 * stops at the limit; pages are counted; and the stripper checks the time limit as it goes. Past
 * any limit the file is refused with a {@link PdfLimitException} naming the limit.
 */
public class PdfText {

  /** Published reports are a few MB at most; larger uploads are refused before parsing. */
  public static final int MAX_BYTES = 50 * 1024 * 1024;

  /** Reports run to about 60 pages; the limit keeps a hostile file from taking minutes. */
  public static final int MAX_PAGES = 400;

  /** A 100-page report unpacks to a few MB of text and fonts. */
  public static final long MAX_INFLATED_BYTES = 64L * 1024 * 1024;

  public static final Duration TIME_LIMIT = Duration.ofSeconds(20);

  /** Streams the text stripper never decodes: pictures. */
  private static final Set<COSName> IMAGE_FILTERS =
      Set.of(
          COSName.DCT_DECODE,
          COSName.DCT_DECODE_ABBREVIATION,
          COSName.JPX_DECODE,
          COSName.JBIG2_DECODE,
          COSName.CCITTFAX_DECODE,
          COSName.CCITTFAX_DECODE_ABBREVIATION);

  private final int maxPages;
  private final long maxInflatedBytes;
  private final Duration timeLimit;

  public PdfText() {
    this(MAX_PAGES, MAX_INFLATED_BYTES, TIME_LIMIT);
  }

  public PdfText(int maxPages, long maxInflatedBytes, Duration timeLimit) {
    this.maxPages = maxPages;
    this.maxInflatedBytes = maxInflatedBytes;
    this.timeLimit = timeLimit;
  }

  /**
   * @throws NotAReportException when the bytes are not a readable PDF, are password-protected or
   *     too large
   * @throws PdfLimitException when the PDF has too many pages, unpacks to too much data or takes
   *     too long to read
   */
  public String extract(byte[] pdf) {
    if (pdf == null || pdf.length == 0) {
      throw new NotAReportException("The file is empty");
    }
    if (pdf.length > MAX_BYTES) {
      throw new NotAReportException("The file is too large to be an inspection report");
    }
    if (!startsLikeAPdf(pdf)) {
      throw new NotAReportException("This file is not a PDF");
    }
    var deadline = new Deadline(timeLimit);
    try (PDDocument document = Loader.loadPDF(pdf)) {
      if (document.getNumberOfPages() > maxPages) {
        throw new PdfLimitException(
            "The PDF has "
                + document.getNumberOfPages()
                + " pages, more than the limit of "
                + maxPages
                + "; inspection reports are shorter");
      }
      checkInflatedSize(document, deadline);
      PDFTextStripper stripper = new TimedStripper(deadline);
      stripper.setSortByPosition(true);
      stripper.setLineSeparator("\n");
      return stripper.getText(document);
    } catch (InvalidPasswordException e) {
      throw new NotAReportException("The PDF is password-protected; upload an unprotected copy", e);
    } catch (ParseTimeoutException e) {
      throw new PdfLimitException(
          "Reading the PDF took longer than the limit of "
              + timeLimit.toSeconds()
              + " seconds and was stopped; it may be damaged or not an inspection report");
    } catch (IOException e) {
      throw new NotAReportException("The PDF could not be read: " + e.getMessage(), e);
    }
  }

  /** Unpacks every stream the stripper may decode into a counter, never holding it whole. */
  private void checkInflatedSize(PDDocument document, Deadline deadline) throws IOException {
    var budget = new Budget(maxInflatedBytes);
    var cos = document.getDocument();
    for (COSObjectKey key : List.copyOf(cos.getXrefTable().keySet())) {
      deadline.check();
      COSBase object = cos.getObjectFromPool(key).getObject();
      if (object instanceof COSStream stream && !isImage(stream)) {
        inflate(stream, budget);
      }
    }
  }

  private static boolean isImage(COSStream stream) {
    if (COSName.IMAGE.equals(stream.getCOSName(COSName.SUBTYPE))) {
      return true;
    }
    return filters(stream).stream().anyMatch(IMAGE_FILTERS::contains);
  }

  private static List<COSName> filters(COSStream stream) {
    COSBase filters = stream.getFilters();
    if (filters instanceof COSName name) {
      return List.of(name);
    }
    if (filters instanceof COSArray array) {
      return array.toList().stream()
          .filter(COSName.class::isInstance)
          .map(COSName.class::cast)
          .toList();
    }
    return List.of();
  }

  /**
   * Decodes filter by filter; the last stage only counts, earlier stages (a chain of filters) are
   * kept, each within the budget.
   */
  private static void inflate(COSStream stream, Budget budget) throws IOException {
    List<COSName> names = filters(stream);
    if (names.isEmpty()) {
      return;
    }
    InputStream input = stream.createRawInputStream();
    try {
      for (int i = 0; i < names.size(); i++) {
        Filter filter = FilterFactory.INSTANCE.getFilter(names.get(i));
        if (i == names.size() - 1) {
          filter.decode(input, budget.counter(null), stream, i);
        } else {
          var stage = new ByteArrayOutputStream();
          filter.decode(input, budget.counter(stage), stream, i);
          input.close();
          input = new ByteArrayInputStream(stage.toByteArray());
        }
      }
    } catch (PdfLimitException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      // A damaged stream is left for PDFBox to report or skip as it reads the text.
    } finally {
      input.close();
    }
  }

  /** The decompressed bytes a document may unpack to, counted across all its streams. */
  private static final class Budget {
    private final long max;
    private long used;

    Budget(long max) {
      this.max = max;
    }

    OutputStream counter(OutputStream target) {
      return new OutputStream() {
        @Override
        public void write(int b) throws IOException {
          count(1);
          if (target != null) {
            target.write(b);
          }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
          count(len);
          if (target != null) {
            target.write(b, off, len);
          }
        }
      };
    }

    private void count(int bytes) {
      used += bytes;
      if (used > max) {
        throw new PdfLimitException(
            "The PDF unpacks to more than the limit of "
                + max / (1024 * 1024)
                + " MB of content; inspection reports are much smaller");
      }
    }
  }

  /** Checks the time limit at each page and every few drawing operators. */
  private static final class TimedStripper extends PDFTextStripper {
    private final Deadline deadline;

    TimedStripper(Deadline deadline) {
      this.deadline = deadline;
    }

    @Override
    public void processPage(PDPage page) throws IOException {
      deadline.checkNow();
      super.processPage(page);
    }

    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
      deadline.check();
      super.processOperator(operator, operands);
    }
  }

  /** The "%PDF-" header may follow a little junk, as readers tolerate. */
  private static boolean startsLikeAPdf(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.ISO_8859_1);
    return head.contains("%PDF-");
  }
}
