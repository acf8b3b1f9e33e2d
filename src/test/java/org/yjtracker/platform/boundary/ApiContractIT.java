package org.yjtracker.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yjtracker.access.entity.Role.BOARD_MEMBER;
import static org.yjtracker.access.entity.Role.INSPECTOR;
import static org.yjtracker.access.entity.Role.INSPECTORATE_ADMIN;
import static org.yjtracker.access.entity.Role.PARTNER;
import static org.yjtracker.access.entity.Role.SERVICE_LEAD;
import static org.yjtracker.access.entity.Role.VIEWER;

import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yjtracker.access.entity.Role;
import org.yjtracker.testsupport.Api;
import org.yjtracker.testsupport.ApiWorld;
import org.yjtracker.testsupport.DatabaseFingerprint;
import org.yjtracker.testsupport.MalformedRequests;
import org.yjtracker.testsupport.MalformedRequests.Probe;
import org.yjtracker.testsupport.OpenApiOperations;
import org.yjtracker.testsupport.OpenApiOperations.Operation;

/**
 * The API as /openapi describes it, walked operation by operation: the document is valid OpenAPI 3;
 * malformed requests to every write operation are refused with a problem and change nothing; every
 * operation answers each role, in its own service and another, as the access rules below say. The
 * operations are read from /openapi at run time, so a new endpoint is covered without editing this
 * test, and one without an access rule fails it.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ApiContractIT {

  private static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);
  private static final Set<Role> INSPECTORATE = EnumSet.of(INSPECTORATE_ADMIN, INSPECTOR);
  private static final Set<Role> ADMINS = EnumSet.of(INSPECTORATE_ADMIN);
  private static final Set<Role> PLAN_WRITERS = EnumSet.of(SERVICE_LEAD, BOARD_MEMBER);

  /**
   * Who may call what (access R3/R4 and the package-info rules of each component): the first rule
   * whose method and path match an operation decides. "*" is one path segment, "**" any number.
   * Records of another service are 404 for anybody outside the inspectorate. Bodies sent are empty
   * objects, so "may" means "gets past the role check", not "succeeds".
   */
  private static final List<Rule> RULES =
      List.of(
          new Rule("GET /api/public/**", null),
          new Rule("* /api/users/**", ADMINS),
          // The test clock (only with tracker.clock.adjustable=true, as in these tests).
          new Rule("* /api/admin/clock", ADMINS),
          // The mail the tracker sends, and sending reminders now.
          new Rule("* /api/admin/**", ADMINS),
          new Rule("* /api/audit/**", ADMINS),
          new Rule("GET /api/dashboard/**", INSPECTORATE),
          new Rule("GET /api/services/*/dashboard", EVERYONE),
          new Rule("GET /api/services/*/inspections", EVERYONE),
          new Rule("GET /api/frameworks/**", EVERYONE),
          new Rule("* /api/frameworks/**", ADMINS),
          new Rule("* /api/imports/**", INSPECTORATE),
          new Rule("POST /api/inspections/assessment", EVERYONE),
          new Rule("GET /api/inspections/*/plan", EVERYONE),
          new Rule("POST /api/inspections/*/plan", PLAN_WRITERS),
          new Rule("GET /api/inspections/*/themes", EVERYONE),
          new Rule("GET /api/inspections/*/comparison", EVERYONE),
          new Rule("* /api/inspections/*/outcomes/**", INSPECTORATE),
          new Rule("GET /api/inspections/**", EVERYONE),
          // The inspections of the test world are published: only an admin corrects one.
          new Rule("PUT /api/inspections/*", ADMINS),
          new Rule("* /api/inspections/**", INSPECTORATE),
          // Tokens are made only in a signed-in session with the password entered again; the
          // matrix calls with HTTP Basic, so everyone is refused (AccessIT covers the session).
          new Rule("POST /api/me/tokens", EnumSet.noneOf(Role.class)),
          new Rule("* /api/me/**", EVERYONE),
          new Rule("GET /api/organisations/**", EVERYONE),
          new Rule(
              "* /api/organisations/**", EnumSet.of(INSPECTORATE_ADMIN, INSPECTOR, SERVICE_LEAD)),
          new Rule("GET /api/themes/**", EVERYONE),
          new Rule("* /api/themes/**", ADMINS),
          new Rule("PUT /api/recommendations/*/themes", INSPECTORATE),
          // An inspector sets a status instead; with an empty body it is the service's answer.
          new Rule("PUT /api/recommendations/*/response", PLAN_WRITERS),
          // A partner reads the history of the actions it leads (the matrix's partner leads one).
          new Rule("GET /api/plans/*/history", EVERYONE),
          new Rule("GET /api/plans/**", EVERYONE),
          new Rule("POST /api/plans/*/activate", INSPECTORATE),
          new Rule(
              "POST /api/plans/*/comments",
              EnumSet.of(INSPECTORATE_ADMIN, INSPECTOR, SERVICE_LEAD, BOARD_MEMBER)),
          new Rule("* /api/plans/**", PLAN_WRITERS),
          new Rule("GET /api/actions/**", EVERYONE),
          // The partner leads the action of the test world.
          new Rule("* /api/actions/**", EnumSet.of(SERVICE_LEAD, BOARD_MEMBER, PARTNER)),
          new Rule("GET /api/evidence/*", EVERYONE));

  /** Fuzzing runs as the first of these roles that may call the operation. */
  private static final List<Role> FUZZ_PREFERENCE =
      List.of(INSPECTORATE_ADMIN, SERVICE_LEAD, PARTNER, INSPECTOR, BOARD_MEMBER, VIEWER);

  private static ApiWorld world;
  private static OpenApiOperations operations;

  @ArquillianResource URL base;

  @Test
  @Order(1)
  void openApiIsValidOpenApi3() {
    var reply = Api.at(base).send("GET", "/openapi", null, Map.of("Accept", "application/json"));
    assertEquals(200, reply.status(), reply::toString);
    var options = new ParseOptions();
    options.setResolve(false);
    var result = new OpenAPIV3Parser().readContents(reply.text(), null, options);
    assertEquals(List.of(), result.getMessages(), "swagger-parser found problems in /openapi");
    assertTrue(result.getOpenAPI().getPaths().size() > 40, "/openapi lists the API");
  }

  @Test
  @Order(2)
  void malformedRequestsToEveryWriteOperationAreRefusedWithAProblemAndChangeNothing()
      throws Exception {
    setUp();
    var generator = new MalformedRequests(operations, examples());
    Map<String, Integer> statuses = new TreeMap<>();
    List<String> failures = new ArrayList<>();
    int sent = 0;
    try (var database = DatabaseFingerprint.ofTestDatabase()) {
      // The fingerprint sees a change: a real comment on the plan changes its tables.
      Map<String, Long> unchanged = database.take();
      var comment =
          world
              .own
              .callers()
              .get(INSPECTORATE_ADMIN)
              .post(
                  "/api/plans/" + world.own.ids().get("plans") + "/comments",
                  Json.createObjectBuilder().add("text", "Before the fuzz").build());
      assertEquals(201, comment.status(), comment::toString);
      assertTrue(
          DatabaseFingerprint.changed(unchanged, database.take()).contains("plan_comment"),
          "CHECKSUM TABLE sees a new row");
      Map<String, Long> before = database.take();
      for (Operation op : operations.writes()) {
        Set<Role> allowed = rule(op).allowed();
        Optional<Role> may =
            FUZZ_PREFERENCE.stream()
                .filter(r -> allowed == null || allowed.contains(r))
                .findFirst();
        if (may.isEmpty()) {
          // Nobody calling with HTTP Basic may (a token is made only in a signed-in session):
          // every request would be the same 403, which the access matrix already asserts.
          continue;
        }
        Role role = may.get();
        List<Probe> probes = generator.of(op, ids(op, world.own));
        List<Call> calls = new ArrayList<>();
        probes.forEach(p -> calls.add(new Call(role, p)));
        // Some as a role that may only read (a viewer of the same service), whole bodies only.
        if (allowed != null && !allowed.contains(VIEWER)) {
          probes.stream()
              .filter(p -> p.what().startsWith("body ") && !p.mayBeAccepted())
              .forEach(p -> calls.add(new Call(VIEWER, p)));
        }
        for (Call call : calls) {
          Probe probe = call.probe();
          var reply =
              world
                  .own
                  .callers()
                  .get(call.role())
                  .sendBytes(
                      op.method(),
                      probe.path(),
                      probe.body(),
                      probe.contentType(),
                      probe.headers());
          sent++;
          int status = reply.status();
          statuses.merge(Integer.toString(status), 1, Integer::sum);
          Map<String, Long> after = database.take();
          String finding = null;
          if (status >= 500) {
            finding = "server error";
          } else if (status >= 400 && !isProblem(reply)) {
            finding = "not application/problem+json";
          } else if (status >= 400 && !after.equals(before)) {
            finding = "refused but changed " + DatabaseFingerprint.changed(before, after);
          } else if (status < 400 && !probe.mayBeAccepted()) {
            finding = "accepted";
          }
          if (finding != null) {
            failures.add(
                finding
                    + ": "
                    + call.role()
                    + " "
                    + probe
                    + " -> "
                    + status
                    + " "
                    + reply.header("Content-Type")
                    + " "
                    + excerpt(reply.text()));
          }
          before = after;
        }
      }
    }
    System.out.println(
        "[api-fuzz] "
            + sent
            + " malformed requests, statuses "
            + statuses
            + ", "
            + failures.size()
            + " findings");
    failures.forEach(f -> System.out.println("[api-fuzz] " + f));
    assertTrue(sent >= 1000, "at least 1,000 malformed requests, sent " + sent);
    assertEquals(List.of(), failures);
  }

  @Test
  @Order(3)
  void everyOperationAnswersEachRoleInItsOwnServiceAndAnotherAsTheRulesSay() {
    setUp();
    List<String> failures = new ArrayList<>();
    Set<Rule> used = new LinkedHashSet<>();
    List<Operation> all = operations.all();
    List<Case> allowedCases = new ArrayList<>();
    int sent = 0;
    for (Operation op : all) {
      Rule rule = rule(op);
      used.add(rule);
      boolean scoped = op.pathCollections().values().stream().anyMatch(world::belongsToService);
      sent++;
      var anonymous = send(Api.at(base).anonymous(), op, world.own);
      if (rule.allowed() == null) {
        expect(
            failures,
            op,
            "anybody",
            anonymous,
            anonymous.status() != 401 && anonymous.status() != 403 && anonymous.status() < 500,
            "not 401/403");
      } else {
        expect(failures, op, "nobody signed in", anonymous, anonymous.status() == 401, "401");
      }
      for (Role role : Role.values()) {
        boolean may = rule.allowed() == null || rule.allowed().contains(role);
        for (ApiWorld.Service target :
            scoped ? List.of(world.own, world.other) : List.of(world.own)) {
          boolean other = target == world.other;
          var c = new Case(op, role, target, other);
          if (may && (rule.allowed() == null || !other || role.isInspectorate())) {
            allowedCases.add(c); // sent last: they may change what the others find
            continue;
          }
          sent++;
          var reply = send(world.own.callers().get(role), op, target);
          int status = reply.status();
          if (may) {
            expect(failures, op, c.who(), reply, status == 404, "404");
          } else if (other) {
            expect(failures, op, c.who(), reply, status == 403 || status == 404, "403 or 404");
          } else {
            expect(failures, op, c.who(), reply, status == 403, "403");
          }
        }
      }
    }
    for (Case c : allowedCases) {
      sent++;
      var reply = send(world.own.callers().get(c.role()), c.op(), c.target());
      int status = reply.status();
      expect(
          failures,
          c.op(),
          c.who(),
          reply,
          status != 401 && status != 403 && status < 500,
          "not 401/403");
    }
    List<String> unused = RULES.stream().filter(r -> !used.contains(r)).map(Rule::pattern).toList();
    System.out.println(
        "[api-access] "
            + all.size()
            + " operations, "
            + sent
            + " requests, "
            + failures.size()
            + " findings");
    failures.forEach(f -> System.out.println("[api-access] " + f));
    assertEquals(List.of(), unused, "access rules that match no operation");
    assertEquals(List.of(), failures);
  }

  private record Case(Operation op, Role role, ApiWorld.Service target, boolean other) {
    String who() {
      return role + (other ? " of another service" : "");
    }
  }

  private record Call(Role role, Probe probe) {}

  /** One line of the access table: a "METHOD /path/pattern" and the roles that may (null: all). */
  private record Rule(String pattern, Set<Role> allowed) {

    boolean matches(Operation op) {
      String[] parts = pattern.split(" ", 2);
      return (parts[0].equals("*") || parts[0].equals(op.method()))
          && matches(parts[1].split("/"), 0, op.path().split("/"), 0);
    }

    private static boolean matches(String[] pattern, int p, String[] path, int i) {
      if (p == pattern.length) {
        return i == path.length;
      }
      if (pattern[p].equals("**")) {
        for (int k = i; k <= path.length; k++) {
          if (matches(pattern, p + 1, path, k)) {
            return true;
          }
        }
        return false;
      }
      return i < path.length
          && (pattern[p].equals("*") || pattern[p].equals(path[i]))
          && matches(pattern, p + 1, path, i + 1);
    }
  }

  private static Rule rule(Operation op) {
    return RULES.stream()
        .filter(r -> r.matches(op))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No access rule for " + op + " in ApiContractIT"));
  }

  private synchronized void setUp() {
    if (world == null) {
      world = ApiWorld.seed(base);
      operations = OpenApiOperations.read(Api.at(base).anonymous());
    }
  }

  private static Function<String, String> ids(Operation op, ApiWorld.Service service) {
    Map<String, String> collections = op.pathCollections();
    return parameter -> {
      String id = world.id(collections.get(parameter), service);
      if (id == null) {
        throw new AssertionError(
            "No test record for {" + parameter + "} of " + op + ": add one to ApiWorld");
      }
      return id;
    };
  }

  /** The simplest request an operation takes: an empty object, an empty file, or nothing. */
  private static Api.Reply send(Api caller, Operation op, ApiWorld.Service target) {
    String path = op.path();
    Function<String, String> ids = ids(op, target);
    for (String parameter : op.pathCollections().keySet()) {
      path = path.replace("{" + parameter + "}", ids.apply(parameter));
    }
    if (op.takesJson()) {
      return caller.sendBytes(
          op.method(), path, "{}".getBytes(StandardCharsets.UTF_8), "application/json", Map.of());
    }
    if (!op.bodies().isEmpty()) {
      String type = op.bodies().keySet().iterator().next();
      return type.equals("*/*")
          ? caller.sendBytes(
              op.method(),
              path,
              new byte[0],
              "application/octet-stream",
              Map.of("X-File-Name", "empty.pdf"))
          : caller.sendBytes(op.method(), path, new byte[0], type, Map.of());
    }
    return caller.sendBytes(op.method(), path, null, null, Map.of());
  }

  private static void expect(
      List<String> failures, Operation op, String who, Api.Reply reply, boolean ok, String wanted) {
    if (!ok) {
      failures.add(
          op
              + " as "
              + who
              + ": wanted "
              + wanted
              + ", got "
              + reply.status()
              + " "
              + excerpt(reply.text()));
    }
  }

  /** Valid bodies of the test world, so a probe spoils one property of an otherwise good body. */
  private static Map<String, JsonObject> examples() {
    var own = world.own;
    JsonObject victim =
        own.callers().get(INSPECTORATE_ADMIN).get("/api/users/" + world.victimId()).json();
    Map<String, JsonObject> examples = new LinkedHashMap<>();
    examples.put(
        "ActionInput",
        Json.createObjectBuilder()
            .add("recommendationIds", Json.createArrayBuilder().add(own.recommendationId()))
            .add("leadOrganisationId", own.partnerId())
            .add("leadPerson", "A. Lead")
            .add("description", "Fuzzed action")
            .add("successMeasure", "Nothing fuzzed is stored")
            .add("startDate", "2026-12-01")
            .add("targetDate", "2027-06-30")
            .build());
    examples.put(
        "UpdateInput",
        Json.createObjectBuilder()
            .add("narrative", "Fuzzed update")
            .add("rag", "GREEN")
            .add("percentComplete", 30)
            .build());
    examples.put(
        "AccountInput",
        Json.createObjectBuilder()
            .add("email", victim.getString("email"))
            .add("displayName", victim.getString("displayName"))
            .add("roles", Json.createArrayBuilder().add("VIEWER"))
            .add("organisationIds", Json.createArrayBuilder().add(own.serviceId()))
            .add("active", true)
            .add("version", victim.getJsonNumber("version"))
            .build());
    return examples;
  }

  private static boolean isProblem(Api.Reply reply) {
    String type = reply.header("Content-Type");
    return type != null && type.startsWith("application/problem+json");
  }

  private static String excerpt(String text) {
    String flat = text == null ? "" : text.replaceAll("\\s+", " ");
    return flat.length() > 200 ? flat.substring(0, 200) + "..." : flat;
  }
}
