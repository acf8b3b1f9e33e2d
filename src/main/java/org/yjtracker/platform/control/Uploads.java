package org.yjtracker.platform.control;

import jakarta.ws.rs.WebApplicationException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reading an uploaded body with a size limit. */
public final class Uploads {

  /** Beyond this many times the limit the rest of an upload is not even read. */
  private static final long DRAIN_FACTOR = 4;

  private Uploads() {}

  /**
   * Keeps at most {@code maxBytes}; beyond it the upload is refused with 413. The rest of a
   * moderately oversized upload is read and dropped so the client hears the answer rather than a
   * reset connection; a huge one is cut off. An empty upload is refused with {@code emptyStatus}.
   */
  public static byte[] read(InputStream body, long maxBytes, String emptyMessage, int emptyStatus) {
    var out = new ByteArrayOutputStream();
    byte[] buffer = new byte[64 * 1024];
    long total = 0;
    try (body) {
      for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
        total += n;
        if (total <= maxBytes) {
          out.write(buffer, 0, n);
        } else if (total > DRAIN_FACTOR * maxBytes) {
          break;
        }
      }
    } catch (IOException e) {
      throw new WebApplicationException("The upload could not be read.", 400);
    }
    if (total > maxBytes) {
      throw new WebApplicationException(
          "The file is larger than the limit of " + megabytes(maxBytes) + " MB.", 413);
    }
    if (total == 0) {
      throw new WebApplicationException(emptyMessage, emptyStatus);
    }
    return out.toByteArray();
  }

  private static String megabytes(long bytes) {
    double mb = bytes / (1024.0 * 1024.0);
    return mb == Math.rint(mb) ? String.valueOf((long) mb) : String.format("%.1f", mb);
  }
}
