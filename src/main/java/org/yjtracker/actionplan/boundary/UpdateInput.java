package org.yjtracker.actionplan.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.yjtracker.actionplan.entity.Rag;

/** A progress update as its author writes it. */
public class UpdateInput {

  @NotBlank(message = "Say what has happened")
  @Size(max = 8000, message = "The update must be 8000 characters or fewer")
  public String narrative;

  @Schema(implementation = Rag.class)
  @NotBlank(message = "Choose red, amber or green")
  public String rag;

  @Min(value = 0, message = "Percent complete cannot be below 0")
  @Max(value = 100, message = "Percent complete cannot be above 100")
  public Integer percentComplete;

  /** The earlier update this one corrects. */
  public Long correctsId;

  @Valid
  @Size(max = 20, message = "At most 20 evidence links")
  public List<@NotNull(message = "An entry of this list is empty") LinkInput> links;

  public static class LinkInput {
    @NotBlank(message = "Give the evidence a title")
    @Size(max = 200, message = "Titles are 200 characters or fewer")
    public String title;

    @NotBlank(message = "Give the evidence's web address")
    @Size(max = 2000, message = "Addresses are 2000 characters or fewer")
    @Pattern(regexp = "https?://\\S+", message = "Give a web address starting http:// or https://")
    public String url;
  }
}
