package io.lockwatch.samples;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * A one-shot barrier that spins instead of blocking: the deadlock demos make sure that every thread
 * holds its first lock before any asks for its second. Spinning is no wait, so a thread meeting the
 * others while it holds a lock makes no wait hazard of its own.
 */
public final class SpinBarrier {
  private final int parties;
  private final AtomicInteger arrived = new AtomicInteger();

  /** A barrier for that many threads. */
  public SpinBarrier(int parties) {
    this.parties = parties;
  }

  /** Counts the calling thread in, then spins until all the parties have come. */
  public void arriveAndSpin() {
    arrived.incrementAndGet();
    while (arrived.get() < parties) {
      Thread.onSpinWait();
    }
  }
}
