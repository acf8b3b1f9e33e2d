package org.yjtracker.actionplan.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.yjtracker.access.entity.Caller;
import org.yjtracker.actionplan.boundary.ActionView.FileView;
import org.yjtracker.actionplan.control.EvidenceTypes;
import org.yjtracker.actionplan.entity.EvidenceFile;
import org.yjtracker.actionplan.entity.ProgressUpdate;
import org.yjtracker.audit.control.AuditTrail;
import org.yjtracker.platform.control.Digests;
import org.yjtracker.platform.control.Uploads;

/**
 * Evidence files of progress updates: checked on the way in, served only to who sees the action.
 */
@ApplicationScoped
@Transactional
public class EvidenceFiles {

  @PersistenceContext EntityManager em;
  @Inject PlanAccess access;
  @Inject PlanActions actions;
  @Inject AuditTrail audit;

  /**
   * Stores an evidence file. The body is read only once the caller may write the action, so a
   * caller who may not gets 403/404 rather than a complaint about the file.
   */
  public FileView attach(
      Caller caller,
      long actionId,
      long updateId,
      String fileName,
      InputStream body,
      long maxBytes) {
    actions.find(caller, actionId);
    ProgressUpdate update =
        Optional.ofNullable(em.find(ProgressUpdate.class, updateId))
            .filter(u -> u.getAction().getId() == actionId)
            .orElseThrow(() -> new NotFoundException("No update " + updateId + " of this action"));
    access.requireActionWriter(caller, update.getAction());
    ActionPlans.requireOpen(update.getAction().getPlan());
    byte[] content = Uploads.read(body, maxBytes, "The file is empty.", 400);
    String name = fileName == null ? "" : fileName.strip();
    if (name.isEmpty() || name.length() > 255 || name.contains("/") || name.contains("\\")) {
      throw new WebApplicationException(
          "Name the file (X-File-Name header, 255 characters at most).", 400);
    }
    EvidenceTypes type =
        EvidenceTypes.of(name, content)
            .orElseThrow(
                () ->
                    new WebApplicationException(
                        "Evidence must be a PDF, Word or Excel file, a PNG or JPEG image, or plain"
                            + " text or CSV, and its content must match its name.",
                        415));
    var file =
        new EvidenceFile(
            update,
            name,
            type.mediaType(),
            content,
            Digests.sha256(content),
            caller.email(),
            Instant.now());
    em.persist(file);
    update.attach(file);
    em.flush();
    audit.created(
        caller, "EvidenceFile", file.getId(), Map.of("fileName", name, "bytes", content.length));
    return PlanViews.file(file);
  }

  public EvidenceFile download(Caller caller, long fileId) {
    EvidenceFile file =
        Optional.ofNullable(em.find(EvidenceFile.class, fileId))
            .orElseThrow(() -> new NotFoundException("No evidence file " + fileId));
    try {
      actions.find(caller, file.getUpdate().getAction().getId());
    } catch (NotFoundException e) {
      throw new NotFoundException("No evidence file " + fileId);
    }
    return file;
  }
}
