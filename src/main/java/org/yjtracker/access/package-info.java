/**
 * Who may do what: accounts, roles, memberships of organisations, sign-in and API tokens.
 *
 * <ul>
 *   <li>R1 Passwords are stored only as PBKDF2 hashes (Jakarta Security's Pbkdf2PasswordHash).
 *   <li>R2 People sign in through the sign-in page (session cookie); scripts use HTTP Basic or a
 *       personal API token ({@code Authorization: Bearer ...}).
 *   <li>R3 Roles: INSPECTORATE_ADMIN, INSPECTOR, SERVICE_LEAD, BOARD_MEMBER, PARTNER, VIEWER. An
 *       account belongs to one or more organisations; everybody outside the inspectorate sees only
 *       their organisations' services.
 *   <li>R4 Not signed in: 401. Signed in but not allowed: 403. Another organisation's object: 404.
 *   <li>R5 On an empty database the first INSPECTORATE_ADMIN is created from configuration.
 *   <li>R6 Failed password checks are throttled per account and address together, per address, and
 *       under a loose per-account ceiling, with growing delays; a guesser cannot lock the owner out
 *       (see SignInThrottle).
 *   <li>R7 Form posts and cookie-authenticated API calls carry a CSRF token.
 *   <li>R8 Passwords (PasswordPolicy): 12 to 256 characters, not on the common-password list, not
 *       containing the account's email address, its name before the @, or its services' or this
 *       service's name; no composition rules.
 *   <li>R9 /metrics answers inspectorate admins only (MetricsAccessFilter).
 *   <li>R10 API tokens expire (90 days at most), are made only in a signed-in session with the
 *       password entered again, and never fail a request for their bookkeeping. A password change
 *       ends the account's other sessions and revokes its tokens. HTTP Basic is verified once and
 *       then cached briefly, so it costs about what a token costs.
 * </ul>
 */
package org.yjtracker.access;
