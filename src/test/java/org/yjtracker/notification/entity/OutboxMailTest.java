package org.yjtracker.notification.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** N3: a failing mail is retried after growing waits, then given up; a refusal at once. */
class OutboxMailTest {

  static final Instant NOW = Instant.parse("2026-12-09T07:00:00Z");

  OutboxMail mail() {
    return new OutboxMail(1, "a@x", "S", "text", "<p>html</p>", null, null, NOW);
  }

  @Test
  void retriesWaitLongerEachTimeThenGiveUp() {
    OutboxMail mail = mail();
    Instant at = NOW;
    for (Duration wait : OutboxMail.BACKOFF) {
      mail.failed("SMTP", "Connection refused", false, at);
      assertEquals(MailStatus.QUEUED, mail.getStatus());
      assertEquals(at.plus(wait), mail.getNextAttemptAt());
      at = mail.getNextAttemptAt();
    }
    mail.failed("SMTP", "Connection refused", false, at);
    assertEquals(MailStatus.FAILED, mail.getStatus());
    assertEquals(OutboxMail.BACKOFF.size() + 1, mail.getAttempts());
  }

  @Test
  void aPermanentRefusalIsNotRetried() {
    OutboxMail mail = mail();
    mail.failed("SMTP", "550 No such user", true, NOW);
    assertEquals(MailStatus.FAILED, mail.getStatus());
    assertEquals("550 No such user", mail.getLastError());
  }

  @Test
  void sentIsDone() {
    OutboxMail mail = mail();
    mail.failed("SMTP", "timeout", false, NOW);
    mail.sent("SMTP", "<id>", NOW.plusSeconds(90));
    assertEquals(MailStatus.SENT, mail.getStatus());
    assertEquals(2, mail.getAttempts());
    assertEquals(null, mail.getLastError());
  }
}
