package org.yjtracker.theme.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A theme as an inspectorate admin adds or changes it. */
public class ThemeInput {

  /** Optional: derived from the name when not given; it never changes afterwards. */
  @Pattern(regexp = "[A-Z0-9_]{2,40}", message = "Codes are 2 to 40 capitals, digits or _")
  public String code;

  @NotBlank(message = "Give the theme a name")
  @Size(max = 200, message = "The name must be 200 characters or fewer")
  public String name;

  @Size(max = 1000, message = "The description must be 1000 characters or fewer")
  public String description;

  @Size(max = 60, message = "At most 60 keywords")
  public List<
          @NotBlank(message = "A keyword cannot be blank")
          @Size(max = 100, message = "A keyword must be 100 characters or fewer") String>
      keywords;

  /** Retired themes are no longer suggested or offered; null keeps it as it is. */
  public Boolean retired;

  /** The version read, when changing a theme. */
  public Long version;
}
