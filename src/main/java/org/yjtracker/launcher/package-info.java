/**
 * {@code ./mvnw -Prun}: starts the embedded MariaDB (locked down: loopback, a generated password
 * kept owner-only in the data folder) unless a server database is set, then Payara Micro with the
 * application, its HTTP port on loopback for a trial. Not part of the war.
 */
package org.yjtracker.launcher;
