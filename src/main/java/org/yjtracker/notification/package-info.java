/**
 * Notification: the tracker asks people for progress. It owns the tables notification,
 * notification_preference, outbox_mail, reminder_run, job_lease and notification_key (V22), and
 * reads the others' state only through their read APIs (actionplan's {@code PlanProgress} and its
 * events, access's {@code AccountDirectory}).
 *
 * <ul>
 *   <li>N1 What is sent: an action due soon, overdue, or with no update for a while (to the people
 *       responsible for it, by the start page's rules); a plan due for endorsement or submission
 *       (to its service's leads and board members); late plans in one line, a comment on a plan,
 *       and a plan submitted (to the inspectorate).
 *   <li>N2 Each person chooses per kind: off, a mail each time, or the weekly digest (the default).
 *       Every mail links to the page it is about and has an unsubscribe link that works without
 *       signing in (HMAC-signed with the database's own key).
 *   <li>N3 Never lost: what happens is written as notifications in the transaction that made it
 *       happen (an outbox); the mails are sent by a worker that retries with growing waits.
 *   <li>N4 Never doubled: one notification per person, kind, item and period (a unique key); one
 *       digest per person and ISO week (a unique key); mails claimed with {@code SELECT … FOR
 *       UPDATE SKIP LOCKED} before sending, so two workers, even on two instances, send each once;
 *       the reminder run holds a lease.
 *   <li>N5 Never a storm: the first run ever sends one digest per person of all that stands, not a
 *       mail per item; a run sends at most {@code notification.max.mails.per.run} mails.
 *   <li>N6 Seen: an inspectorate admin's page lists every mail, to whom, and whether it was
 *       delivered, and sends reminders now; with no mail server set the one-command run catches the
 *       mails locally so they can be seen there.
 * </ul>
 */
package org.yjtracker.notification;
