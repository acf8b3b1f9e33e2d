package org.yjtracker.access.boundary;

import jakarta.validation.constraints.NotBlank;

public record PasswordChange(
    @NotBlank(message = "Enter your current password") String currentPassword,
    @NotBlank(message = "Enter a new password") String newPassword) {}
