package org.yjtracker.platform.entity;

import org.yjtracker.platform.control.InvalidInputException;

/** Which page of a list a client wants; pages count from 1, at most 100 rows a page. */
public record PageRequest(int page, int size) {

  public static final int MAX_SIZE = 100;

  public PageRequest {
    if (page < 1) {
      throw new InvalidInputException("page", "Page must be 1 or more");
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new InvalidInputException("size", "Size must be between 1 and " + MAX_SIZE);
    }
  }

  public int firstResult() {
    return (page - 1) * size;
  }
}
