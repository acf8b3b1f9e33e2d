package org.yjtracker.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.yjtracker.organisation.entity.Region;

class EnumsTest {

  @Test
  void readsValuesCaseInsensitively() {
    assertEquals(Region.WALES, Enums.parse(Region.class, " wales ", "region"));
    assertNull(Enums.parse(Region.class, "", "region"));
  }

  @Test
  void readsRepeatedAndCommaSeparatedValues() {
    assertEquals(
        Set.of(Region.WALES, Region.LONDON, Region.NORTH_EAST),
        Enums.parseAll(Region.class, List.of("WALES,LONDON", "north_east"), "region"));
  }

  @Test
  void unknownValuesNameTheFieldAndTheChoices() {
    var error =
        assertThrows(
            InvalidInputException.class, () -> Enums.parse(Region.class, "MARS", "region"));
    assertEquals("region", error.errors().get(0).field());
    assertTrue(error.errors().get(0).message().contains("WALES"));
  }

  @Test
  void likePatternsEscapeWildcards() {
    assertEquals("%100\\%\\_done%", Like.containing(" 100%_Done "));
  }
}
