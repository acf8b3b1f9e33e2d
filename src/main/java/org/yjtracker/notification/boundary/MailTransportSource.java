package org.yjtracker.notification.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;
import org.yjtracker.notification.control.MailSettings;
import org.yjtracker.notification.control.MailTransport;
import org.yjtracker.notification.control.MailTransports;

/**
 * The transport the settings choose, made once. Without one (no SMTP host, no Notify key), mails
 * stay queued and the admin's mail page says why.
 */
@ApplicationScoped
public class MailTransportSource {

  private static final Logger LOG = Logger.getLogger(MailTransportSource.class.getName());

  private MailSettings settings;
  private Optional<MailTransport> transport;

  @PostConstruct
  void choose() {
    settings = MailSettings.read(ConfigProvider.getConfig());
    transport = MailTransports.choose(settings);
    LOG.info(
        () ->
            transport
                .map(t -> "Mails go out through " + t.describe())
                .orElse("No mail transport is set: mails stay queued (see README, E-mail)"));
  }

  /**
   * Made when the application starts, not at the first mail: a setting it cannot use (an unknown
   * {@code mail.transport}, a malformed Notify key) stops the deployment with its message.
   */
  void atStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
    LOG.fine(() -> "Mail transport chosen: " + transport.isPresent());
  }

  public Optional<MailTransport> transport() {
    return transport;
  }

  /** The SMTP server is the local mail catcher of the one-command run: nobody receives mails. */
  public boolean catcher() {
    return settings.catcher();
  }
}
