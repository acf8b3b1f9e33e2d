package org.yjtracker.access.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenCodecTest {

  @Test
  void tokensAreRandomPrefixedAndDigestedStably() {
    String one = TokenCodec.newToken();
    String two = TokenCodec.newToken();
    assertNotEquals(one, two);
    assertTrue(TokenCodec.looksLikeToken(one));
    assertEquals(64, TokenCodec.digest(one).length());
    assertEquals(TokenCodec.digest(one), TokenCodec.digest(one));
    assertNotEquals(TokenCodec.digest(one), TokenCodec.digest(two));
    assertEquals(10, TokenCodec.visiblePrefix(one).length());
  }

  @Test
  void somethingElseIsNotAToken() {
    assertFalse(TokenCodec.looksLikeToken("abc"));
    assertFalse(TokenCodec.looksLikeToken(null));
    assertFalse(TokenCodec.looksLikeToken("yjt_short"));
  }

  @Test
  void generatedPasswordsMeetThePolicy() {
    PasswordPolicy.standard()
        .check(TokenCodec.newPassword(), "password", "admin@tracker.local", List.of());
  }
}
