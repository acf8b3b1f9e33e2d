package org.yjtracker.web.control;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * GOV.UK pagination for a list: which page this is, how many there are, and the address of each
 * page keeping the list's filters. Page numbers shown: the first, the last, and the current one
 * with its neighbours; a gap (null) between.
 */
public record Pager(String path, Map<String, String> filters, int page, int pages, long total) {

  public Pager {
    filters = new LinkedHashMap<>(filters);
    pages = Math.max(1, pages);
    page = Math.min(Math.max(1, page), pages);
  }

  public static Pager of(String path, Map<String, String> filters, int page, int size, long total) {
    int pages = (int) Math.max(1, (total + size - 1) / size);
    return new Pager(path, filters, page, pages, total);
  }

  public String href(int number) {
    StringBuilder query = new StringBuilder();
    filters.forEach(
        (name, value) -> {
          if (value != null && !value.isEmpty()) {
            query.append(query.length() == 0 ? "?" : "&");
            query
                .append(URLEncoder.encode(name, StandardCharsets.UTF_8))
                .append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
          }
        });
    if (number > 1) {
      query.append(query.length() == 0 ? "?" : "&").append("page=").append(number);
    }
    return path + query;
  }

  /** The page numbers to show, with null for a gap. */
  public List<Integer> items() {
    List<Integer> items = new ArrayList<>();
    Integer last = null;
    for (int n = 1; n <= pages; n++) {
      if (n == 1 || n == pages || Math.abs(n - page) <= 1) {
        if (last != null && n - last > 1) {
          items.add(null);
        }
        items.add(n);
        last = n;
      }
    }
    return items;
  }
}
