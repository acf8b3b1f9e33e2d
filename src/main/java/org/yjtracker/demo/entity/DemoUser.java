package org.yjtracker.demo.entity;

import org.yjtracker.access.entity.Role;

/**
 * One row of the demo accounts table; {@code organisationKey} is a key of the organisations table,
 * or null for inspectorate roles.
 */
public record DemoUser(
    String email, String displayName, Role role, String organisationKey, String password) {}
