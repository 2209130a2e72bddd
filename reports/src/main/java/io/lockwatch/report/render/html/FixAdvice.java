package io.lockwatch.report.render.html;

import static io.lockwatch.report.render.Html.escape;

import io.lockwatch.report.model.LockOrderCycle;
import io.lockwatch.report.model.UnguardedField;
import io.lockwatch.report.model.WaitHazard;

/** A "how to fix" paragraph for each kind of finding, naming its locks or field. */
final class FixAdvice {
  private FixAdvice() {}

  /** The {@code <section>} for {@code row}. */
  static String html(FindingRow row) {
    String text =
        switch (row.kind()) {
          case DEADLOCKS -> deadlock(row.subject());
          case CYCLES -> cycle((LockOrderCycle) row.finding(), row.subject());
          case RACES -> race((UnguardedField) row.finding());
          case HAZARDS -> hazard((WaitHazard) row.finding(), row.subject());
        };
    return "<section class=\"fix\"><h4>How to fix</h4>" + text + "</section>\n";
  }

  private static String deadlock(String locks) {
    return "<p>These threads are stuck for good: each holds a lock another one waits for ("
        + code(locks)
        + "). Find the two places that take the same locks in opposite orders (the stacks below)"
        + " and make every thread take them in one global order, or stop holding the first lock"
        + " while calling code that takes the second. Until then a timed"
        + " <code>tryLock</code> with back-off turns the hang into a retry.</p>";
  }

  private static String cycle(LockOrderCycle cycle, String chain) {
    String common =
        "<p>The threads take "
            + code(chain)
            + " in a cyclic order. Pick one order for these"
            + " locks and take them in that order everywhere (for instances of one class, e.g. by"
            + " an id: lock the smaller one first); or do not hold the first lock while calling"
            + " code that takes the next (copy what you need, release, then call); or replace the"
            + " nested locks with one coarser lock.</p>";
    return switch (cycle.kind()) {
      case "stall" ->
          common
              + "<p>Here one acquisition is a timed <code>tryLock</code>: the threads do not hang"
              + " forever but stall until the timeout, then fail or retry. Fixing the order removes"
              + " the stall.</p>";
      case "read-write" ->
          common
              + "<p>Read locks are involved: they block behind a queued writer, so two readers in"
              + " opposite orders deadlock once a writer waits. Shared read locks do not make the"
              + " order safe.</p>";
      case "upgrade" ->
          "<p>A thread holds the read lock and asks for the write lock of the same"
              + " <code>ReentrantReadWriteLock</code>: that never succeeds while any reader"
              + " (itself included) holds it. Release the read lock first and re-check the state"
              + " after taking the write lock, or use a <code>StampedLock</code> with"
              + " <code>tryConvertToWriteLock</code>.</p>";
      case "permit-exhaustion" ->
          "<p>Threads hold permits of a semaphore while waiting for more of them (or for a lock"
              + " held by a thread that waits for a permit): once the permits run out nobody can"
              + " go on. Take all the permits a task needs at once, release permits before"
              + " blocking on anything else, or size the pool for the worst nesting.</p>";
      default -> common;
    };
  }

  private static String race(UnguardedField field) {
    String name = field.field() == null ? "the field" : field.field();
    return "<p>Guard every access to "
        + code(name)
        + " with the same lock (the same monitor or <code>Lock</code> at every read and write);"
        + " or make it <code>volatile</code> when it is a flag or reference written without"
        + " depending on its old value; or use an <code>AtomicXxx</code> or a concurrent"
        + " collection for read-modify-write updates (<code>count++</code>). If one thread"
        + " hands the object to another, publish it safely (a <code>final</code> field, a"
        + " concurrent queue, <code>Thread.start</code>/<code>join</code>).</p>"
        + (field.observedRace()
            ? ""
            : "<p class=\"muted\">Predicted: the lock that ordered the accesses in this run"
                + " does not guard the field (its critical sections touch nothing in common), so"
                + " another run can interleave them. Guard the field itself, not a neighbour.</p>");
  }

  private static String hazard(WaitHazard hazard, String lock) {
    return "<p>The thread waits in "
        + code(hazard.waitKind())
        + " while it still holds "
        + code(lock)
        + ". Whoever should wake it may need "
        + code(lock)
        + " first and block forever (the nested-monitor lockout). Release "
        + code(lock)
        + " before waiting; or wait on the lock you hold (its own <code>wait</code> or a"
        + " <code>Condition</code> of it) so waiting releases it; or wait with a timeout and"
        + " re-check.</p>";
  }

  private static String code(String text) {
    return "<code>" + escape(text) + "</code>";
  }
}
