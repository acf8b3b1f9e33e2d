package org.yjtracker.platform.entity;

import java.util.List;
import java.util.function.Function;

/** One page of a list; {@code page} counts from 1. */
public record ResultPage<T>(List<T> items, int page, int size, long total, long totalPages) {

  public static <T> ResultPage<T> of(List<T> items, PageRequest request, long total) {
    long pages = total == 0 ? 0 : (total + request.size() - 1) / request.size();
    return new ResultPage<>(List.copyOf(items), request.page(), request.size(), total, pages);
  }

  public <R> ResultPage<R> map(Function<T, R> mapper) {
    return new ResultPage<>(items.stream().map(mapper).toList(), page, size, total, totalPages);
  }
}
