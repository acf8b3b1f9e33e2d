package org.yjtracker.access.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A request for a personal API token; without an expiry it lasts until revoked. */
public class TokenRequest {

  @NotBlank(message = "Name the token after what will use it")
  @Size(max = 100, message = "Name must be 100 characters or fewer")
  public String name;

  @Min(value = 1, message = "Expiry must be 1 to 366 days")
  @Max(value = 366, message = "Expiry must be 1 to 366 days")
  public Integer expiresInDays;

  public TokenRequest() {}
}
