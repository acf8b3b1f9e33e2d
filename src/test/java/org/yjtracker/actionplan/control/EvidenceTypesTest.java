package org.yjtracker.actionplan.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EvidenceTypesTest {

  static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.ISO_8859_1);
  }

  @Test
  void recognisesAcceptedFilesByNameAndContent() {
    assertEquals(
        Optional.of(EvidenceTypes.PDF), EvidenceTypes.of("paper.PDF", bytes("%PDF-1.7 ...")));
    assertEquals(
        Optional.of(EvidenceTypes.XLSX),
        EvidenceTypes.of("plan.xlsx", bytes("PK\u0003\u0004rest")));
    assertEquals(
        Optional.of(EvidenceTypes.DOCX),
        EvidenceTypes.of("minutes.docx", bytes("PK\u0003\u0004rest")));
    assertEquals(
        Optional.of(EvidenceTypes.JPEG),
        EvidenceTypes.of("photo.jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1}));
    assertEquals(
        Optional.of(EvidenceTypes.TEXT),
        EvidenceTypes.of("notes.txt", bytes("Board minutes, 3 May")));
  }

  @Test
  void refusesFilesWhoseContentIsNotWhatTheirNameSays() {
    assertEquals(
        Optional.empty(), EvidenceTypes.of("paper.pdf", bytes("MZ\u0090\u0000 an executable")));
    assertEquals(Optional.empty(), EvidenceTypes.of("notes.txt", new byte[] {'a', 0, 'b'}));
    assertEquals(Optional.empty(), EvidenceTypes.of("tool.exe", bytes("%PDF-1.7")));
    assertEquals(Optional.empty(), EvidenceTypes.of(null, bytes("%PDF-1.7")));
  }
}
