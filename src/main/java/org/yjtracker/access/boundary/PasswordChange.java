package org.yjtracker.access.boundary;

import jakarta.validation.constraints.NotBlank;

public class PasswordChange {

  @NotBlank(message = "Enter your current password")
  public String currentPassword;

  @NotBlank(message = "Enter a new password")
  public String newPassword;

  public PasswordChange() {}
}
