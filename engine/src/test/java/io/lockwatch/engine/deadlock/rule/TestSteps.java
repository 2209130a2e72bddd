package io.lockwatch.engine.deadlock.rule;

import io.lockwatch.engine.deadlock.LockKind;
import io.lockwatch.engine.deadlock.Share;
import io.lockwatch.engine.deadlock.Wait;
import java.util.HashMap;
import java.util.Map;

/** Steps and lock facts written out by hand, for the rules' own tests. */
final class TestSteps {
  private TestSteps() {}

  record TestStep(
      int from,
      int to,
      int[] threads,
      int[] gates,
      Wait waitKind,
      Share fromShare,
      Share toShare,
      int fromPermits)
      implements Step {}

  /** Thread {@code thread} holds {@code from} (its only gate) and waits for {@code to}. */
  static TestStep step(int thread, int from, int to) {
    return new TestStep(
        from,
        to,
        new int[] {thread},
        new int[] {from},
        Wait.BLOCKING,
        Share.EXCLUSIVE,
        Share.EXCLUSIVE,
        1);
  }

  static TestStep withGates(TestStep s, int... gates) {
    return new TestStep(
        s.from(),
        s.to(),
        s.threads(),
        gates,
        s.waitKind(),
        s.fromShare(),
        s.toShare(),
        s.fromPermits());
  }

  static TestStep withThreads(TestStep s, int... threads) {
    return new TestStep(
        s.from(),
        s.to(),
        threads,
        s.gates(),
        s.waitKind(),
        s.fromShare(),
        s.toShare(),
        s.fromPermits());
  }

  static TestStep waiting(TestStep s, Wait wait) {
    return new TestStep(
        s.from(),
        s.to(),
        s.threads(),
        s.gates(),
        wait,
        s.fromShare(),
        s.toShare(),
        s.fromPermits());
  }

  static TestStep shares(TestStep s, Share from, Share to) {
    return new TestStep(
        s.from(), s.to(), s.threads(), s.gates(), s.waitKind(), from, to, s.fromPermits());
  }

  static TestStep holdingPermits(TestStep s, int permits) {
    return new TestStep(
        s.from(),
        s.to(),
        s.threads(),
        s.gates(),
        s.waitKind(),
        s.fromShare(),
        s.toShare(),
        permits);
  }

  /** Lock facts: every lock a monitor unless told otherwise. */
  static final class Locks implements LockFacts {
    private final Map<Integer, LockKind> kinds = new HashMap<>();
    private final Map<Integer, Integer> permits = new HashMap<>();
    private final Map<Integer, Boolean> writeLocked = new HashMap<>();
    private final Map<Integer, Boolean> signals = new HashMap<>();

    Locks semaphore(int lock, int permitCount) {
      kinds.put(lock, LockKind.SEMAPHORE);
      permits.put(lock, permitCount);
      return this;
    }

    Locks signalling(int lock) {
      kinds.put(lock, LockKind.SEMAPHORE);
      signals.put(lock, true);
      return this;
    }

    Locks readWrite(int lock, boolean hasWriter) {
      kinds.put(lock, LockKind.READ_WRITE);
      writeLocked.put(lock, hasWriter);
      return this;
    }

    @Override
    public LockKind kind(int lock) {
      return kinds.getOrDefault(lock, LockKind.MONITOR);
    }

    @Override
    public int permits(int lock) {
      return permits.getOrDefault(lock, -1);
    }

    @Override
    public boolean writeLocked(int lock) {
      return writeLocked.getOrDefault(lock, false);
    }

    @Override
    public boolean signal(int lock) {
      return signals.getOrDefault(lock, false);
    }
  }
}
