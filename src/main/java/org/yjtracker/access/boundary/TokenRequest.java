package org.yjtracker.access.boundary;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A request for a personal API token. Without an expiry it lasts the longest allowed ({@code
 * tracker.token.max.days}, 90 by default); the password must be entered again.
 */
public class TokenRequest {

  @NotBlank(message = "Name the token after what will use it")
  @Size(max = 100, message = "Name must be 100 characters or fewer")
  public String name;

  @Min(value = 1, message = "Expiry must be at least 1 day")
  public Integer expiresInDays;

  @NotBlank(message = "Enter your password")
  public String password;

  public TokenRequest() {}
}
