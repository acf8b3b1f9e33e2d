package org.yjtracker.actionplan.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.yjtracker.access.entity.Caller;

/**
 * A progress update with its evidence files, as the action page sends it in one form: the update
 * and every file are stored in one transaction, so a refused file leaves nothing half-saved (the
 * person sees the error and sends the form again). The API sends files one by one after the update;
 * both go through the same facades.
 */
@ApplicationScoped
public class ActionUpdates {

  @Inject PlanActions actions;
  @Inject EvidenceFiles files;

  @Inject
  @ConfigProperty(name = "evidence.max.bytes", defaultValue = "10485760")
  long maxBytes;

  /** A file as the form sent it. */
  public record Upload(String fileName, byte[] content) {}

  @Transactional
  public long report(Caller caller, long actionId, UpdateInput input, List<Upload> uploads) {
    long updateId = actions.report(caller, actionId, input);
    for (Upload upload : uploads) {
      files.attach(
          caller,
          actionId,
          updateId,
          upload.fileName(),
          new ByteArrayInputStream(upload.content()),
          maxBytes);
    }
    return updateId;
  }
}
