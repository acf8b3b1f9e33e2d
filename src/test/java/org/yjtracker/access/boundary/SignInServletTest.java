package org.yjtracker.access.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SignInServletTest {

  @Test
  void nextStaysOnThisSite() {
    assertEquals("/organisations/4", SignInServlet.safeNext("/organisations/4"));
    assertEquals("/start", SignInServlet.safeNext("https://evil.example/"));
    assertEquals("/start", SignInServlet.safeNext("//evil.example/"));
    assertEquals("/start", SignInServlet.safeNext("/\\evil.example/"));
    assertEquals("/start", SignInServlet.safeNext(null));
    assertEquals("/start", SignInServlet.safeNext("/signin?next=/x"));
  }
}
