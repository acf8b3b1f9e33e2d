/**
 * The web pages: one layout in the style of the GOV.UK Design System around page fragments that
 * call the JSON API, plus sign-in and sign-out.
 *
 * <ul>
 *   <li>R1 Every page but sign-in needs a signed-in user; pages for admins only say so (403).
 *   <li>R2 Every response carries the security headers (CSP, nosniff, frame-ancestors, referrer
 *       policy).
 *   <li>R3 Pages work with the same API scripts use; the page shell only adds the CSRF token.
 * </ul>
 */
package org.yjtracker.web;
