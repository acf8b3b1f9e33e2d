package org.yjtracker.demo.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yjtracker.access.entity.Role;
import org.yjtracker.demo.entity.DemoOrganisation;
import org.yjtracker.demo.entity.DemoUser;
import org.yjtracker.organisation.entity.OrganisationKind;
import org.yjtracker.organisation.entity.Region;

/**
 * The demo data as read from {@code demo/organisations.csv} and {@code demo/users.csv}: rows in
 * file order, links already checked to name an earlier row. Whether a row makes sense (a board
 * belongs to a service, a partner serves one) is left to the organisation directory, which checks
 * it on load as it does for anybody's input.
 *
 * <p>The format is deliberately simple: one row a line, fields separated by commas, no quoting;
 * only the last field may contain commas. Lines starting with {@code #} and blank lines are
 * skipped.
 */
public record DemoTable(List<DemoOrganisation> organisations, List<DemoUser> users) {

  public static final String ORGANISATIONS = "/demo/organisations.csv";
  public static final String USERS = "/demo/users.csv";

  static final String ORGANISATIONS_HEADER = "key,kind,name,region,links,source";
  static final String USERS_HEADER = "email,display name,role,organisation,password";

  public DemoTable {
    organisations = List.copyOf(organisations);
    users = List.copyOf(users);
  }

  /** The table packaged with the application. */
  public static DemoTable load() {
    try (Reader organisations = resource(ORGANISATIONS);
        Reader users = resource(USERS)) {
      return parse(organisations, users);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads both tables; a malformed row is an {@link IllegalArgumentException} naming the file's
   * line.
   */
  public static DemoTable parse(Reader organisationsCsv, Reader usersCsv) throws IOException {
    Map<String, DemoOrganisation> byKey = new LinkedHashMap<>();
    for (Row row : rows(organisationsCsv, ORGANISATIONS, ORGANISATIONS_HEADER)) {
      String key = row.required(0, "key");
      if (byKey.containsKey(key)) {
        throw row.error("key '" + key + "' is used twice");
      }
      List<String> links =
          Arrays.stream(row.field(4).split(" ")).filter(link -> !link.isBlank()).toList();
      for (String link : links) {
        if (!byKey.containsKey(link)) {
          throw row.error("link '" + link + "' does not name a row above this one");
        }
      }
      byKey.put(
          key,
          new DemoOrganisation(
              key,
              row.constant(OrganisationKind.class, 1, "kind"),
              row.required(2, "name"),
              row.constant(Region.class, 3, "region"),
              links,
              row.field(5)));
    }
    List<DemoUser> users = new ArrayList<>();
    for (Row row : rows(usersCsv, USERS, USERS_HEADER)) {
      String organisation = row.field(3).isEmpty() ? null : row.field(3);
      if (organisation != null && !byKey.containsKey(organisation)) {
        throw row.error("organisation '" + organisation + "' is not a key of " + ORGANISATIONS);
      }
      users.add(
          new DemoUser(
              row.required(0, "email"),
              row.required(1, "display name"),
              row.constant(Role.class, 2, "role"),
              organisation,
              row.required(4, "password")));
    }
    return new DemoTable(List.copyOf(byKey.values()), users);
  }

  public Optional<DemoOrganisation> organisation(String key) {
    return organisations.stream().filter(o -> o.key().equals(key)).findFirst();
  }

  private static Reader resource(String name) {
    InputStream in = DemoTable.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("The demo data file " + name + " is missing");
    }
    return new InputStreamReader(in, StandardCharsets.UTF_8);
  }

  private static List<Row> rows(Reader csv, String file, String header) throws IOException {
    var reader = new BufferedReader(csv);
    int columns = header.split(",").length;
    List<Row> rows = new ArrayList<>();
    boolean headerSeen = false;
    int number = 0;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      number++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (!headerSeen) {
        if (!line.strip().equals(header)) {
          throw new IllegalArgumentException(
              file + " line " + number + ": expected the header '" + header + "'");
        }
        headerSeen = true;
        continue;
      }
      String[] fields = line.split(",", columns);
      if (fields.length != columns) {
        throw new IllegalArgumentException(
            file + " line " + number + ": expected " + columns + " fields: " + header);
      }
      rows.add(new Row(file, number, Arrays.stream(fields).map(String::strip).toList()));
    }
    if (!headerSeen) {
      throw new IllegalArgumentException(file + " has no header '" + header + "'");
    }
    return rows;
  }

  private record Row(String file, int number, List<String> fields) {

    String field(int index) {
      return fields.get(index);
    }

    String required(int index, String name) {
      if (field(index).isEmpty()) {
        throw error(name + " is empty");
      }
      return field(index);
    }

    <E extends Enum<E>> E constant(Class<E> type, int index, String name) {
      String value = required(index, name);
      try {
        return Enum.valueOf(type, value);
      } catch (IllegalArgumentException e) {
        throw error(
            "unknown "
                + name
                + " '"
                + value
                + "'; use one of "
                + Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
      }
    }

    IllegalArgumentException error(String message) {
      return new IllegalArgumentException(file + " line " + number + ": " + message);
    }
  }
}
