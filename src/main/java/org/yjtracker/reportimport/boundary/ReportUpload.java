package org.yjtracker.reportimport.boundary;

import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.yjtracker.access.control.TokenCodec;
import org.yjtracker.reportimport.entity.ReportImport.SourceType;

/** An uploaded report as it arrived: what kind, its name if given, its bytes. */
public record ReportUpload(SourceType type, String fileName, byte[] bytes) {

  /** The bytes as UTF-8 text; bytes that are not UTF-8 become U+FFFD rather than an error. */
  public String text() {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new IllegalStateException("Replacing decoder refused input", e);
    }
  }

  /** The same report is the same text, whether it came as a PDF or pasted. */
  public String digestOf(String text) {
    return TokenCodec.digest(text.strip());
  }
}
