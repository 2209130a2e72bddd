package io.lockwatch.agent.runtime.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Failures the agent absorbed instead of passing them to the application, counted by kind, place
 * and reason. Bounded: past {@value #MAX_DISTINCT} distinct errors, new ones only add to a counter.
 */
public final class AgentErrors {
  private static final int MAX_DISTINCT = 500;

  /**
   * One kind of failure and how often it happened.
   *
   * @param kind {@code instrumentation}, {@code hook}, {@code overflow}, {@code startup}, ...
   * @param where the class, hook or table concerned
   * @param message the reason
   * @param count how many times it happened
   */
  public record Counted(String kind, String where, String message, long count) {}

  private record Key(String kind, String where, String message) {}

  private final Map<Key, LongAdder> counts = new ConcurrentHashMap<>();
  private final LongAdder overflow = new LongAdder();
  private final LongAdder total = new LongAdder();

  /** Records a failure. Never throws (not even out of memory for its description). */
  public void record(String kind, String where, Throwable failure) {
    String message;
    try {
      message = failure == null ? "unknown" : describe(failure);
    } catch (Throwable undescribable) {
      message = failure.getClass().getName();
    }
    record(kind, where, message);
  }

  /** Records a failure described in words. Never throws. */
  public void record(String kind, String where, String message) {
    try {
      total.increment();
      Key key = new Key(kind, where, message);
      LongAdder counter = counts.get(key);
      if (counter == null) {
        if (counts.size() >= MAX_DISTINCT) {
          overflow.increment();
          return;
        }
        counter = counts.computeIfAbsent(key, k -> new LongAdder());
      }
      counter.increment();
    } catch (Throwable ignored) {
      // Out of memory or similar: nothing sensible left to do, and nothing may reach the app.
    }
  }

  /** Total failures absorbed. */
  public long total() {
    return total.sum();
  }

  /** The failures so far, most frequent first; the distinct errors past the bound as one entry. */
  public List<Counted> counted() {
    List<Counted> result = new ArrayList<>();
    counts.forEach((k, v) -> result.add(new Counted(k.kind, k.where, k.message, v.sum())));
    if (overflow.sum() > 0) {
      result.add(
          new Counted(
              "overflow", "agentErrors", "more distinct errors than recorded", overflow.sum()));
    }
    result.sort((a, b) -> Long.compare(b.count(), a.count()));
    return result;
  }

  private static String describe(Throwable failure) {
    String message = failure.getMessage();
    String head = failure.getClass().getName() + (message == null ? "" : ": " + message);
    StackTraceElement[] trace = failure.getStackTrace();
    return trace.length == 0 ? head : head + " at " + trace[0];
  }
}
