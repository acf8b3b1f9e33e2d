package org.yjtracker.actionplan.control;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of file accepted as evidence, recognised by their first bytes rather than by what the
 * client claims, so a renamed executable is not stored as a "PDF".
 */
public enum EvidenceTypes {
  PDF("application/pdf", ".pdf", bytes("%PDF-")),
  PNG("image/png", ".png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}),
  JPEG("image/jpeg", ".jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
  // Office files are zip containers; the extension tells a document from a workbook.
  DOCX(
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      ".docx",
      new byte[] {'P', 'K', 3, 4}),
  XLSX(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      ".xlsx",
      new byte[] {'P', 'K', 3, 4}),
  TEXT("text/plain", ".txt", null),
  CSV("text/csv", ".csv", null);

  private final String mediaType;
  private final String extension;
  private final byte[] magic;

  EvidenceTypes(String mediaType, String extension, byte[] magic) {
    this.mediaType = mediaType;
    this.extension = extension;
    this.magic = magic;
  }

  public String mediaType() {
    return mediaType;
  }

  /** The accepted type this file is, judged by its name's extension and its content. */
  public static Optional<EvidenceTypes> of(String fileName, byte[] content) {
    String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
    for (EvidenceTypes type : values()) {
      boolean named = name.endsWith(type.extension) || (type == JPEG && name.endsWith(".jpeg"));
      if (named && type.matches(content)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }

  private boolean matches(byte[] content) {
    if (magic == null) {
      return isText(content);
    }
    return content.length >= magic.length
        && Arrays.equals(Arrays.copyOf(content, magic.length), magic);
  }

  /** Plain text: no NUL bytes in the first 8 KB (a cheap and reliable test for binaries). */
  private static boolean isText(byte[] content) {
    int end = Math.min(content.length, 8192);
    for (int i = 0; i < end; i++) {
      if (content[i] == 0) {
        return false;
      }
    }
    return true;
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }
}
