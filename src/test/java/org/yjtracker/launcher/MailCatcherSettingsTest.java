package org.yjtracker.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** When the one-command run catches mail, and what it tells the server (issue 15). */
class MailCatcherSettingsTest {

  @Test
  void smtpWithoutAServerIsCaught() {
    assertTrue(MailCatcherSettings.wanted("smtp", ""));
    assertTrue(MailCatcherSettings.wanted("", ""));
    assertTrue(MailCatcherSettings.wanted(null, null));
    assertTrue(MailCatcherSettings.wanted(" SMTP ", "  "));
  }

  @Test
  void aRealServerOrNotifyIsUsedAsSet() {
    assertFalse(MailCatcherSettings.wanted("smtp", "mail.example"));
    assertFalse(MailCatcherSettings.wanted("", "127.0.0.1"));
    assertFalse(MailCatcherSettings.wanted("notify", ""));
    assertFalse(MailCatcherSettings.wanted("Notify", "mail.example"));
  }

  @Test
  void anUnknownTransportStopsTheLaunchAsItWouldStopTheApplication() {
    var e =
        assertThrows(
            IllegalArgumentException.class, () -> MailCatcherSettings.wanted("sendmail", ""));
    assertTrue(e.getMessage().contains("MAIL_TRANSPORT"), e.getMessage());
    assertTrue(e.getMessage().contains("sendmail"), e.getMessage());
  }

  @Test
  void theServerSendsPlainSmtpToTheCatcherOnLoopbackAndKnowsItIsCaught() {
    assertEquals(
        Map.of(
            "SMTP_HOST", "127.0.0.1",
            "SMTP_PORT", "3025",
            "SMTP_STARTTLS", "false",
            "MAIL_CATCHER", "true"),
        MailCatcherSettings.serverEnvironment(3025));
  }

  @Test
  void thePortDefaultsTo3025AndAWrongOneNamesTheSetting() {
    assertEquals(3025, MailCatcherSettings.port(""));
    assertEquals(3025, MailCatcherSettings.port(null));
    assertEquals(2525, MailCatcherSettings.port(" 2525 "));
    for (String wrong : new String[] {"0", "70000", "smtp"}) {
      var e = assertThrows(IllegalArgumentException.class, () -> MailCatcherSettings.port(wrong));
      assertTrue(e.getMessage().contains("MAIL_CATCHER_PORT"), e.getMessage());
    }
  }
}
