package org.yjtracker.access.boundary;

import java.time.Duration;
import org.yjtracker.access.entity.Caller;

/** What came of one attempt to sign in. */
public record SignInOutcome(Caller caller, Duration retryAfter) {

  public static SignInOutcome signedIn(Caller caller) {
    return new SignInOutcome(caller, null);
  }

  public static SignInOutcome failed() {
    return new SignInOutcome(null, null);
  }

  public static SignInOutcome throttled(Duration retryAfter) {
    return new SignInOutcome(null, retryAfter);
  }

  public boolean succeeded() {
    return caller != null;
  }

  public boolean throttled() {
    return retryAfter != null;
  }
}
