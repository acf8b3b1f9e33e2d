package org.yjtracker.access.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.yjtracker.platform.control.Dates;
import org.yjtracker.platform.control.FieldError;
import org.yjtracker.platform.control.InvalidInputException;
import org.yjtracker.platform.control.MovableClock;

/**
 * Where to move the test clock, in exactly one of three ways. Each is counted from the system's
 * time, not from wherever the clock was moved before. The date is ISO text so a bad one names its
 * field.
 */
public class ClockSetting {

  static final long MAX_SECONDS = MovableClock.MAX_DAYS * 24 * 60 * 60;
  static final String TOO_FAR =
      "The clock moves at most " + MovableClock.MAX_DAYS + " days either way";

  @Schema(description = "ISO date that is to be today in UK time; the time of day stays")
  public String today;

  @Min(value = -MovableClock.MAX_DAYS, message = TOO_FAR)
  @Max(value = MovableClock.MAX_DAYS, message = TOO_FAR)
  @Schema(description = "Calendar days on (negative: back) from the system's date")
  public Integer offsetDays;

  @Min(value = -MAX_SECONDS, message = TOO_FAR)
  @Max(value = MAX_SECONDS, message = TOO_FAR)
  @Schema(description = "Seconds on (negative: back) from the system's time")
  public Long offsetSeconds;

  /** Moves the clock as asked; the one way given is checked first. */
  void applyTo(MovableClock clock) {
    List<String> given = new ArrayList<>();
    if (today != null) {
      given.add("today");
    }
    if (offsetDays != null) {
      given.add("offsetDays");
    }
    if (offsetSeconds != null) {
      given.add("offsetSeconds");
    }
    if (given.isEmpty()) {
      throw new InvalidInputException(
          "today", "Give the date that is to be today, or offsetDays, or offsetSeconds");
    }
    if (given.size() > 1) {
      throw new InvalidInputException(
          given.get(1), "Give only one of " + String.join(", ", given) + ": they would disagree");
    }
    if (today != null) {
      List<FieldError> errors = new ArrayList<>();
      LocalDate date = Dates.parse(today, "today", errors);
      if (date == null) {
        throw new InvalidInputException(
            errors.isEmpty()
                ? List.of(new FieldError("today", "Enter a date as YYYY-MM-DD"))
                : errors);
      }
      try {
        clock.moveTo(date);
      } catch (IllegalArgumentException e) {
        throw new InvalidInputException("today", TOO_FAR);
      }
    } else if (offsetDays != null) {
      clock.moveDays(offsetDays);
    } else {
      clock.move(Duration.ofSeconds(offsetSeconds));
    }
  }
}
