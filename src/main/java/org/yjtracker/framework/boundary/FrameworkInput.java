package org.yjtracker.framework.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A new framework as an inspectorate admin describes it. */
public class FrameworkInput {

  @NotBlank(message = "Give the framework a code")
  @Pattern(regexp = "[A-Z0-9_]{2,40}", message = "Codes are 2 to 40 capitals, digits or _")
  public String code;

  @NotBlank(message = "Give the framework a name")
  @Size(max = 200, message = "The name must be 200 characters or fewer")
  public String name;

  @NotNull(message = "Give the first year the framework applies")
  @Min(value = 2000, message = "The first year must be 2000 or later")
  @Max(value = 2200, message = "The first year must be 2200 or earlier")
  public Integer appliesFrom;

  @Min(value = 2000, message = "The last year must be 2000 or later")
  @Max(value = 2200, message = "The last year must be 2200 or earlier")
  public Integer appliesUntil;

  // Boxed so that strict JSON binding refuses "str" for them (it cannot see primitives).
  public Boolean rated;

  public Boolean scored;

  @Valid
  @Size(max = 4, message = "A scale has at most four ratings")
  public List<@NotNull(message = "An entry of this list is empty") BandInput> bands;

  @Valid
  @Size(max = 10, message = "At most 10 kinds of inspection")
  public List<@NotNull(message = "An entry of this list is empty") KindInput> kinds;

  @Valid
  @Size(max = 20, message = "At most 20 domains")
  public List<@NotNull(message = "An entry of this list is empty") DomainInput> domains;

  public static class BandInput {
    @NotBlank(message = "Choose the rating")
    public String rating;

    @Min(value = 0, message = "Points cannot be negative")
    public Integer points;

    @Min(value = 0, message = "A percentage cannot be below 0")
    @Max(value = 100, message = "A percentage cannot be above 100")
    public Integer minPercent;

    @Min(value = 0, message = "A score cannot be negative")
    public Integer minScore;
  }

  /** A kind of inspection under the framework, and how many areas it rates if that is known. */
  public static class KindInput {
    @NotBlank(message = "Choose the kind of inspection")
    public String kind;

    @Min(value = 1, message = "A kind rates at least one area")
    @Max(value = 100, message = "At most 100 areas")
    public Integer ratedAreas;
  }

  public static class DomainInput {
    @NotBlank(message = "Give the domain a code")
    @Size(max = 10, message = "Codes are 10 characters or fewer")
    public String code;

    @NotBlank(message = "Give the domain a name")
    @Size(max = 200, message = "The name must be 200 characters or fewer")
    public String name;

    /** The kinds that rate this domain; left out, every kind of the framework does. */
    @Size(max = 10, message = "At most 10 kinds")
    public List<@NotBlank(message = "Choose the kind of inspection") String> ratedIn;

    @Valid
    @Size(max = 30, message = "At most 30 standards a domain")
    public List<@NotNull(message = "An entry of this list is empty") StandardDefinition> standards;
  }

  public static class StandardDefinition {
    @NotBlank(message = "Give the standard a code")
    @Size(max = 10, message = "Codes are 10 characters or fewer")
    public String code;

    @NotBlank(message = "Give the standard a name")
    @Size(max = 200, message = "The name must be 200 characters or fewer")
    public String name;

    public Boolean caseSampled;

    public Boolean scored;

    public Boolean mayBeUnrated;

    public String limitWhen;

    public String limitCapsAt;

    @Size(max = 10, message = "At most 10 key questions")
    public List<@NotBlank(message = "Word each key question") @Size(max = 500) String> keyQuestions;
  }

  /** A framework's rating scale and its thresholds, replacing the ones it has. */
  public static class Bands {
    @Valid
    @NotNull(message = "Send the scale's ratings")
    @Size(min = 1, max = 4, message = "A scale has one to four ratings")
    public List<@NotNull(message = "An entry of this list is empty") BandInput> bands;
  }

  /** A standard's new name. */
  public static class Rename {
    @NotBlank(message = "Give the standard's new name")
    @Size(max = 200, message = "The name must be 200 characters or fewer")
    public String name;
  }
}
