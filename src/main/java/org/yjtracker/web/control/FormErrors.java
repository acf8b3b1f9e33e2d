package org.yjtracker.web.control;

import java.util.List;
import org.yjtracker.platform.control.FieldError;
import org.yjtracker.platform.control.Problem;
import org.yjtracker.platform.control.Problems;

/**
 * What a facade's refusal means for a form: the fields to mark (bad input, 400; a clash with what
 * is stored, 409), shown again on the form. Anything else (not found, not allowed, the database
 * away) is not the form's to show: it becomes the error page, logged once.
 */
public final class FormErrors {

  private FormErrors() {}

  public static List<FieldError> from(RuntimeException thrown) {
    Problem problem = Problems.of(thrown);
    if (problem.status() == 400 || problem.status() == 409) {
      return problem.errors().isEmpty()
          ? List.of(new FieldError(null, problem.detail()))
          : problem.errors();
    }
    throw new ShownProblem(problem);
  }

  /**
   * What bean validation finds wrong with a body the page built, as field errors: so that a form
   * with a mistake the page caught itself (a date that is not a date) also shows every other.
   */
  public static List<FieldError> violations(jakarta.validation.Validator validator, Object body) {
    var found = validator.validate(body);
    return found.isEmpty()
        ? List.of()
        : Problems.of(new jakarta.validation.ConstraintViolationException(found)).errors();
  }

  /** A problem already worked out (and logged): the pages servlet shows it as it is. */
  public static final class ShownProblem extends RuntimeException {
    private final transient Problem problem;

    public ShownProblem(Problem problem) {
      super(problem.detail(), null, false, false);
      this.problem = problem;
    }

    public Problem problem() {
      return problem;
    }
  }
}
