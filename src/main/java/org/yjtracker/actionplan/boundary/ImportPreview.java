package org.yjtracker.actionplan.boundary;

import jakarta.json.bind.annotation.JsonbProperty;
import java.util.List;
import org.yjtracker.actionplan.control.ImportRow;

/**
 * What importing a spreadsheet would create, row by row, and whether it can be imported: only when
 * no row has a problem, since an import creates all its actions or none.
 */
public record ImportPreview(
    List<ImportRow> rows, @JsonbProperty("problems_count") int problemsCount, boolean importable) {

  static ImportPreview of(List<ImportRow> rows) {
    int problems = rows.stream().mapToInt(r -> r.problems().size()).sum();
    return new ImportPreview(rows, problems, problems == 0 && !rows.isEmpty());
  }
}
