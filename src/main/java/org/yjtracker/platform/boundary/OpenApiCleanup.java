package org.yjtracker.platform.boundary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.tags.Tag;
import org.yjtracker.platform.control.Clocks;

/**
 * Makes the document Payara generates at /openapi valid OpenAPI 3 (registered as {@code
 * mp.openapi.filter}), so client generators and the contract tests can read it.
 *
 * <ul>
 *   <li>Payara adds one entry to {@code tags} for every resource class that carries a {@code @Tag},
 *       so a tag shared by several classes appears several times; the specification wants each name
 *       once. The first entry with a description is kept (the descriptions live once, on {@link
 *       ApiApplication}).
 *   <li>Payara 6 writes a top-level {@code endpoints} map (its own list of paths by context root)
 *       that the specification does not allow. It is kept in Payara's model object, not in the
 *       MicroProfile model, and serialised only when not empty, so it is emptied here; newer Payara
 *       versions name it {@code x-endpoints}, which is allowed, and have no such method.
 *   <li>Operation ids repeat (they are Java method names); see {@link #uniqueOperationIds}.
 *   <li>Schemas of input classes lack properties and array item types; see {@link OpenApiSchemas}.
 *   <li>The test clock ({@link TestClockApi}) is left out unless this run can move the clock.
 * </ul>
 */
public class OpenApiCleanup implements OASFilter {

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    if (openAPI.getTags() != null) {
      openAPI.setTags(onePerName(openAPI.getTags()));
    }
    dropPayaraEndpoints(openAPI);
    if (openAPI.getComponents() != null) {
      OpenApiSchemas.complete(openAPI.getComponents().getSchemas());
    }
    if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
      uniqueOperationIds(openAPI.getPaths().getPathItems());
    }
    if (!clockIsAdjustable()) {
      leaveOutTestClock(openAPI);
    }
  }

  /** Where real people use the tracker the test clock does not exist (404), so it is not listed. */
  static void leaveOutTestClock(OpenAPI openAPI) {
    if (openAPI.getPaths() != null) {
      openAPI.getPaths().removePathItem(TestClockApi.PATH);
    }
    if (openAPI.getTags() != null) {
      openAPI.setTags(
          new ArrayList<>(
              openAPI.getTags().stream()
                  .filter(tag -> !TestClockApi.TAG.equals(tag.getName()))
                  .toList()));
    }
  }

  private static boolean clockIsAdjustable() {
    return ConfigProvider.getConfig()
        .getOptionalValue(Clocks.ADJUSTABLE, Boolean.class)
        .orElse(false);
  }

  /**
   * Payara names each operation after its Java method, so "get" or "create" recur across resources;
   * the specification wants each operationId once. A repeated one becomes the method and path: GET
   * /api/inspections/{id}/comparison is {@code getInspectionsByIdComparison}.
   */
  static void uniqueOperationIds(Map<String, PathItem> paths) {
    Map<String, Integer> uses = new HashMap<>();
    paths.values().stream()
        .flatMap(item -> item.getOperations().values().stream())
        .map(Operation::getOperationId)
        .filter(Objects::nonNull)
        .forEach(id -> uses.merge(id, 1, Integer::sum));
    paths.forEach(
        (path, item) ->
            item.getOperations()
                .forEach(
                    (method, operation) -> {
                      if (uses.getOrDefault(operation.getOperationId(), 0) > 1) {
                        operation.setOperationId(operationId(method.name(), path));
                      }
                    }));
  }

  static String operationId(String method, String path) {
    var id = new StringBuilder(method.toLowerCase(Locale.ROOT));
    for (String segment : path.split("/")) {
      if (segment.isEmpty() || segment.equals("api")) {
        continue;
      }
      boolean parameter = segment.startsWith("{");
      String word = parameter ? segment.substring(1, segment.length() - 1) : segment;
      if (parameter) {
        id.append("By");
      }
      for (String part : word.split("[^A-Za-z0-9]+")) {
        if (!part.isEmpty()) {
          id.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
      }
    }
    return id.toString();
  }

  static List<Tag> onePerName(List<Tag> tags) {
    Map<String, Tag> byName = new LinkedHashMap<>();
    for (Tag tag : tags) {
      Tag kept = byName.get(tag.getName());
      if (kept == null || (kept.getDescription() == null && tag.getDescription() != null)) {
        byName.put(tag.getName(), tag);
      }
    }
    return new ArrayList<>(byName.values());
  }

  private static void dropPayaraEndpoints(OpenAPI openAPI) {
    try {
      if (openAPI.getClass().getMethod("getEndpoints").invoke(openAPI) instanceof Map<?, ?> map) {
        map.clear();
      }
    } catch (ReflectiveOperationException | UnsupportedOperationException e) {
      // Not Payara's model, or a version without the map: nothing to remove.
    }
  }
}
