package org.yjtracker.web.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.yjtracker.access.entity.Caller;
import org.yjtracker.access.entity.Role;
import org.yjtracker.web.entity.Page;

class PageLayoutTest {

  private static final String LAYOUT =
      "<title>{{title}}</title><meta content=\"{{csrf}}\">{{account}}{{nav}}<main>{{content}}</main>{{script}}";

  @Test
  void dataIsEscapedButFragmentsAreNot() {
    var caller =
        new Caller(
            1,
            "x@y",
            "<script>alert(1)</script>",
            Set.of(Role.VIEWER),
            Set.of(3L),
            Caller.AuthMethod.SESSION);
    String html =
        new PageLayout(LAYOUT)
            .render(
                "A & B",
                "<p>fragment</p>",
                "organisations",
                Page.Section.ORGANISATIONS,
                caller,
                "t\"k");
    assertTrue(html.contains("<title>A &amp; B</title>"));
    assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assertFalse(html.contains("<script>alert(1)"));
    assertTrue(html.contains("<main><p>fragment</p></main>"));
    assertTrue(html.contains("content=\"t&quot;k\""));
    assertTrue(html.contains("src=\"/js/pages/organisations.js\""));
  }

  @Test
  void navigationShowsAdminSectionsToAdminsOnly() {
    var viewer =
        new Caller(1, "v", "V", Set.of(Role.VIEWER), Set.of(1L), Caller.AuthMethod.SESSION);
    var admin =
        new Caller(
            2, "a", "A", Set.of(Role.INSPECTORATE_ADMIN), Set.of(), Caller.AuthMethod.SESSION);
    assertFalse(PageLayout.navigation(Page.Section.ORGANISATIONS, viewer).contains("/audit"));
    assertTrue(PageLayout.navigation(Page.Section.AUDIT, admin).contains("/audit"));
    assertTrue(PageLayout.navigation(Page.Section.AUDIT, admin).contains("aria-current"));
  }

  @Test
  void signedOutPagesHaveNoNavigation() {
    String html = new PageLayout(LAYOUT).render("Sign in", "form", null, null, null, "t");
    assertFalse(html.contains("govuk-service-navigation"));
    assertFalse(html.contains("{{"));
  }

  @Test
  void escapesEveryHtmlMetaCharacter() {
    assertEquals(
        "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;",
        Html.escape("<a href=\"x\" title='y'>&"));
  }
}
