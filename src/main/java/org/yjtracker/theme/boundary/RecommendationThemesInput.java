package org.yjtracker.theme.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The themes an inspector confirms for a recommendation: all of them, replacing the earlier. */
public class RecommendationThemesInput {

  @NotNull(message = "Send the themes (an empty list for none)")
  @Size(max = 30, message = "At most 30 themes")
  public List<@NotNull(message = "A theme id cannot be empty") Long> themes;
}
