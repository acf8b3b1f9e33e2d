package org.yjtracker.access.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SignInServletTest {

  @Test
  void nextStaysOnThisSite() {
    assertEquals("/organisations/4", SignInServlet.safeNext("/organisations/4"));
    assertEquals("/organisations", SignInServlet.safeNext("https://evil.example/"));
    assertEquals("/organisations", SignInServlet.safeNext("//evil.example/"));
    assertEquals("/organisations", SignInServlet.safeNext("/\\evil.example/"));
    assertEquals("/organisations", SignInServlet.safeNext(null));
    assertEquals("/organisations", SignInServlet.safeNext("/signin?next=/x"));
  }
}
