package org.yjtracker.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class StatementCountTest {

  @Test
  void countsTheStatementsRunWhileCounting() {
    StatementCount.record();
    try (var count = StatementCount.begin()) {
      StatementCount.record();
      StatementCount.record();
      assertEquals(2, count.statements());
    }
  }

  @Test
  void stopsCountingWhenClosedSoAPooledThreadStartsAfresh() {
    var count = StatementCount.begin();
    count.close();
    StatementCount.record();
    assertEquals(0, count.statements());
    try (var next = StatementCount.begin()) {
      StatementCount.record();
      assertEquals(1, next.statements());
    }
  }

  @Test
  void anInnerCountAddsItsStatementsToTheOuterOneWhenItEnds() {
    try (var outer = StatementCount.begin()) {
      StatementCount.record();
      try (var inner = StatementCount.begin()) {
        StatementCount.record();
        StatementCount.record();
        assertEquals(2, inner.statements());
        assertEquals(1, outer.statements());
      }
      StatementCount.record();
      assertEquals(4, outer.statements());
    }
  }

  @Test
  void closingTwiceChangesNothing() {
    try (var outer = StatementCount.begin()) {
      var inner = StatementCount.begin();
      StatementCount.record();
      inner.close();
      inner.close();
      assertEquals(1, outer.statements());
      StatementCount.record();
      assertEquals(2, outer.statements());
    }
  }

  @Test
  void anotherThreadsStatementsAreNotCounted() throws Exception {
    try (var count = StatementCount.begin()) {
      CompletableFuture.runAsync(StatementCount::record).get();
      assertEquals(0, count.statements());
    }
  }
}
