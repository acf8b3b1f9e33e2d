package org.yjtracker.access.boundary;

import java.time.Duration;
import org.yjtracker.access.entity.Caller;

/** What came of one attempt to sign in; a session keeps the credential epoch it signed in under. */
public record SignInOutcome(Caller caller, int credentialEpoch, Duration retryAfter) {

  public static SignInOutcome signedIn(Caller caller, int credentialEpoch) {
    return new SignInOutcome(caller, credentialEpoch, null);
  }

  public static SignInOutcome failed() {
    return new SignInOutcome(null, 0, null);
  }

  public static SignInOutcome throttled(Duration retryAfter) {
    return new SignInOutcome(null, 0, retryAfter);
  }

  public boolean succeeded() {
    return caller != null;
  }

  public boolean throttled() {
    return retryAfter != null;
  }
}
