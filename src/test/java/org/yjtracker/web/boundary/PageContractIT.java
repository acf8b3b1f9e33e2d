package org.yjtracker.web.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yjtracker.testsupport.Api;
import org.yjtracker.testsupport.Fixtures;
import org.yjtracker.testsupport.PageRouteCatalogue;
import org.yjtracker.testsupport.Pages;

/**
 * What every page route promises, checked for each route the components register (found in the
 * build, so a new page is covered without editing this test): nobody reaches a page that is not
 * open without signing in; no form is taken without the session's token; a role a page is not for
 * gets the "not allowed" page; and no input, however malformed, gets a server error.
 */
@ExtendWith(ArquillianExtension.class)
class PageContractIT {

  /** Values no form expects: empty, huge, markup, control characters, not numbers, not dates. */
  static final List<String> MALFORMED =
      List.of(
          "",
          "x".repeat(20_000),
          "<script>alert(1)</script>",
          "\u0000\u0007\uFFFF",
          "-1",
          "99999999999999999999",
          "2026-02-30",
          "NOT_AN_ENUM");

  @ArquillianResource URL base;

  @Test
  void theCatalogueFindsThePages() {
    var paths = PageRouteCatalogue.all().stream().map(Routes.Route::path).toList();
    assertTrue(paths.contains("/public"), paths::toString);
    assertTrue(paths.contains("/accessibility"), paths::toString);
  }

  @Test
  void withoutSigningInOnlyOpenPagesAnswerAndNoFormIsTaken() {
    List<String> wrong = new ArrayList<>();
    for (Routes.Route route : PageRouteCatalogue.all()) {
      String path = PageRouteCatalogue.withMissingIds(route.path());
      Pages anonymous = Pages.at(base);
      if (route.method().equals("GET")) {
        var page = anonymous.getOnce(path);
        if (route.open()) {
          if (page.status() >= 500) {
            wrong.add("GET " + path + " answered " + page.status());
          }
        } else if (page.status() != 302 || !page.location().contains("/signin")) {
          wrong.add("GET " + path + " answered " + page.status() + " without signing in");
        }
      } else if (route.open()) {
        // A form for anybody carries its own signed authority (an unsubscribe link): unsigned,
        // it is not found, and nothing changes.
        var posted = anonymous.postOnce(path, Map.of("anything", List.of("x")));
        if (posted.status() != 404) {
          wrong.add("POST " + path + " answered " + posted.status() + " without its signature");
        }
      } else {
        var posted = anonymous.postOnce(path, Map.of("anything", List.of("x")));
        if (posted.status() != 302 || !posted.location().contains("/signin?expired")) {
          wrong.add("POST " + path + " answered " + posted.status() + " without a token");
        }
      }
    }
    assertEquals(List.of(), wrong);
  }

  @Test
  void aSignedInFormWithoutTheSessionsTokenIsNotTaken() {
    Pages admin = Pages.at(base).signedInAs(Api.ADMIN_EMAIL, Api.ADMIN_PASSWORD);
    List<String> wrong = new ArrayList<>();
    for (Routes.Route route : PageRouteCatalogue.all()) {
      if (route.method().equals("POST") && !route.open()) {
        String path = PageRouteCatalogue.withMissingIds(route.path());
        var posted =
            admin.postOnce(path, Map.of("_csrf", List.of("forged"), "anything", List.of("x")));
        if (posted.status() != 302 || !posted.location().contains("/signin?expired")) {
          wrong.add("POST " + path + " with a forged token answered " + posted.status());
        }
      }
    }
    assertEquals(List.of(), wrong);
  }

  @Test
  void aRoleAPageIsNotForGetsTheNotAllowedPage() {
    var fixtures = new Fixtures(Api.at(base).asAdmin());
    long service = fixtures.service("Page contract service", "LONDON");
    String viewer = fixtures.account("page-viewer", "VIEWER", service);
    Pages browser = Pages.at(base).signedInAs(viewer, Api.PASSWORD);
    String token = browser.get("/help").one("meta[name=csrf-token]").attr("content");
    List<String> wrong = new ArrayList<>();
    for (Routes.Route route : PageRouteCatalogue.all()) {
      if (route.roles().isEmpty()
          || route.roles().contains(org.yjtracker.access.entity.Role.VIEWER)) {
        continue;
      }
      String path = PageRouteCatalogue.withMissingIds(route.path());
      var answer =
          route.method().equals("GET")
              ? browser.getOnce(path)
              : browser.postOnce(path, Map.of("_csrf", List.of(token)));
      if (answer.status() != 403) {
        wrong.add(route.method() + " " + path + " answered a viewer " + answer.status());
      }
    }
    assertEquals(List.of(), wrong);
  }

  @Test
  void malformedFormsAndAddressesNeverGetAServerError() {
    Pages admin = Pages.at(base).signedInAs(Api.ADMIN_EMAIL, Api.ADMIN_PASSWORD);
    String token = admin.get("/help").one("meta[name=csrf-token]").attr("content");
    List<String> wrong = new ArrayList<>();
    for (Routes.Route route : PageRouteCatalogue.all()) {
      String path = PageRouteCatalogue.withMissingIds(route.path());
      for (String value : MALFORMED) {
        if (route.method().equals("GET") && value.length() > 2000) {
          continue; // An address that long is refused by the server before the tracker sees it.
        }
        var answer =
            route.method().equals("GET")
                ? admin.getOnce(path + "?page=" + encode(value) + "&q=" + encode(value))
                : admin.postOnce(path, fields(route, token, value));
        if (answer.status() >= 500) {
          wrong.add(
              route.method() + " " + path + " with " + preview(value) + ": " + answer.status());
        }
        assertFalse(answer.status() == 200 && answer.text().contains("Incident"), path);
      }
    }
    assertEquals(List.of(), wrong);
  }

  /** Every field the route's own page form has (when there is one to read), set to the value. */
  private Map<String, List<String>> fields(Routes.Route route, String token, String value) {
    Map<String, List<String>> fields = new LinkedHashMap<>();
    for (String name :
        List.of(
            "name",
            "title",
            "description",
            "narrative",
            "text",
            "email",
            "status",
            "rag",
            "percentComplete",
            "version",
            "page",
            "targetDate-day",
            "targetDate-month",
            "targetDate-year",
            "reason",
            "kind",
            "region",
            "role",
            "confirm")) {
      fields.put(name, List.of(value));
    }
    fields.put("_csrf", List.of(token));
    return fields;
  }

  private static String encode(String value) {
    return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
  }

  private static String preview(String value) {
    return value.length() > 20 ? value.substring(0, 20) + "…(" + value.length() + ")" : value;
  }
}
