package org.yjtracker.reportimport.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * What the reviewer confirms: the service inspected, and for each recommendation the directory
 * organisations that own it and any named owner to add to the directory.
 */
public class ImportConfirmation {

  @NotNull(message = "Choose the youth justice service the report is about")
  public Long serviceId;

  /** The version of the draft you reviewed. */
  public Long version;

  @Valid
  @Size(max = 100, message = "At most 100 recommendations")
  public List<@NotNull(message = "An entry of this list is empty") OwnerChoice> owners;

  public static class OwnerChoice {
    @NotNull(message = "Say which recommendation")
    public Integer number;

    public List<Long> ownerIds;

    @Valid
    @Size(max = 10, message = "At most 10 new owners a recommendation")
    public List<@NotNull(message = "An entry of this list is empty") NewOwner> create;
  }

  /** An owner the directory does not have yet; it is added, linked to the service. */
  public static class NewOwner {
    @NotBlank(message = "Choose the kind of organisation")
    public String kind;

    @NotBlank(message = "Enter the organisation's name")
    @Size(max = 200, message = "Names are 200 characters or fewer")
    public String name;
  }
}
