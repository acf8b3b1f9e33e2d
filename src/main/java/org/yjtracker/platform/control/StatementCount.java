package org.yjtracker.platform.control;

/**
 * How many SQL statements this thread has run since a request began counting them: a diagnostic
 * that proves a page costs the same number of statements however many rows it shows. A request is
 * served on one thread from start to finish, so the count needs no synchronisation; statements run
 * on another thread (nothing here does) are not counted. Close the count when the request ends: the
 * thread goes back to the pool.
 */
public final class StatementCount implements AutoCloseable {

  private static final ThreadLocal<StatementCount> CURRENT = new ThreadLocal<>();

  private final StatementCount outer;
  private int statements;

  private StatementCount(StatementCount outer) {
    this.outer = outer;
  }

  /** Starts counting on this thread; a count already running resumes, these added, on close. */
  public static StatementCount begin() {
    var count = new StatementCount(CURRENT.get());
    CURRENT.set(count);
    return count;
  }

  /** One statement is about to run: counted if this thread is counting, else ignored. */
  public static void record() {
    StatementCount count = CURRENT.get();
    if (count != null) {
      count.statements++;
    }
  }

  public int statements() {
    return statements;
  }

  @Override
  public void close() {
    if (CURRENT.get() != this) {
      return;
    }
    if (outer == null) {
      CURRENT.remove();
    } else {
      outer.statements += statements;
      CURRENT.set(outer);
    }
  }
}
