package org.yjtracker.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemsTest {

  @Test
  void businessRuleBreachesAre400WithTheirFields() {
    var problem = Problems.of(new InvalidInputException("boardOfId", "A board needs a service"));
    assertEquals(400, problem.status());
    assertEquals(List.of(new FieldError("boardOfId", "A board needs a service")), problem.errors());
    assertEquals(Problem.MEDIA_TYPE, "application/problem+json");
  }

  @Test
  void anEmptyOrUnreadableBodyIsA400AboutTheBody() {
    var empty =
        Problems.of(
            new jakarta.ws.rs.BadRequestException(
                new jakarta.ws.rs.core.NoContentException("no entity")));
    assertEquals(400, empty.status());
    assertEquals(new FieldError("body", "is empty: send a JSON object"), empty.errors().get(0));
    var broken =
        Problems.of(
            new ProcessingException(
                new jakarta.json.stream.JsonParsingException("Unexpected char", null)));
    assertEquals(400, broken.status());
    assertEquals("body", broken.errors().get(0).field());
  }

  @Test
  void wrappedOptimisticLockIs409() {
    var wrapped =
        new RuntimeException("tx", new IllegalStateException(new OptimisticLockException()));
    assertEquals(409, Problems.of(wrapped).status());
  }

  @Test
  void conflictsCarryTheCurrentState() {
    var problem = Problems.of(new ConflictException("stale", "version", new Sample("now", 3)));
    assertEquals(409, problem.status());
    assertEquals("version", problem.errors().get(0).field());
    assertEquals(3, problem.toJson().getJsonObject("current").getInt("version"));
  }

  @Test
  void jaxRsClientErrorsKeepTheirStatus() {
    assertEquals(404, Problems.of(new NotFoundException("No organisation with id 9")).status());
    assertEquals(
        "No organisation with id 9",
        Problems.of(new NotFoundException("No organisation with id 9")).detail());
    assertEquals(403, Problems.of(new ForbiddenException()).status());
  }

  @Test
  void unreadableJsonIs400AndNamesTheEnumType() {
    var problem =
        Problems.of(
            new ProcessingException(
                new JsonbException(
                    "Internal error: No enum constant org.yjtracker.organisation.entity.OrganisationKind.FOO")));
    assertEquals(400, problem.status());
    assertTrue(
        problem.errors().get(0).message().contains("'FOO' is not a known organisation kind"));
  }

  @Test
  void unexpectedFailuresAre500WithoutDetailsOfTheFault() {
    var problem = Problems.of(new IllegalStateException("secret table name"));
    assertEquals(500, problem.status());
    assertTrue(problem.detail().startsWith("Something went wrong on our side"));
    assertTrue(!problem.detail().contains("secret"));
  }

  public record Sample(String name, long version) {}
}
