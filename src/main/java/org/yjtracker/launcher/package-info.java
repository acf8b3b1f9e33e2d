/**
 * {@code ./mvnw -Prun}: starts a mail catcher (GreenMail: SMTP on 127.0.0.1, mails caught and
 * dropped) when SMTP is chosen without a server, the embedded MariaDB (locked down: loopback, a
 * generated password kept owner-only in the data folder) unless a server database is set, then
 * Payara Micro with the application, its HTTP port on loopback for a trial. Not part of the war.
 */
package org.yjtracker.launcher;
