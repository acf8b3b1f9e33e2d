/**
 * The organisations directory: youth justice services, their management boards and the partner
 * organisations that serve them.
 *
 * <ul>
 *   <li>R1 An organisation has a kind, a name (unique within its kind) and a region.
 *   <li>R2 A management board belongs to exactly one youth justice service; a service has at most
 *       one board.
 *   <li>R3 A partner organisation (local authority, police, PCC, health, education, probation,
 *       other) serves one or more youth justice services.
 *   <li>R4 Inspectorate staff see every organisation; everybody else sees only their own services,
 *       the boards of those services and the partners that serve them.
 * </ul>
 */
package org.yjtracker.organisation;
