package io.lockwatch.bridge;

import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Phaser;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Threads meeting at a point: {@code CountDownLatch}, {@code CyclicBarrier} and {@code Phaser}.
 * Each hook replaces the application's call, reports around it, and hands back its result and
 * exceptions unchanged.
 */
public final class LatchHooks {
  private LatchHooks() {}

  /** {@code latch.await()}. */
  public static void await(CountDownLatch latch, int site) throws InterruptedException {
    Hooks.before(latch, SyncOp.LATCH_AWAIT, site);
    boolean done = false;
    try {
      latch.await();
      done = true;
    } finally {
      Hooks.after(latch, SyncOp.LATCH_AWAIT, site, done);
    }
  }

  /** {@code latch.await(timeout, unit)}: completed when the count reached zero. */
  public static boolean await(CountDownLatch latch, long timeout, TimeUnit unit, int site)
      throws InterruptedException {
    Hooks.before(latch, SyncOp.LATCH_AWAIT, site);
    boolean reachedZero = false;
    try {
      reachedZero = latch.await(timeout, unit);
      return reachedZero;
    } finally {
      Hooks.after(latch, SyncOp.LATCH_AWAIT, site, reachedZero);
    }
  }

  /** {@code latch.countDown()}. */
  public static void countDown(CountDownLatch latch, int site) {
    Hooks.action(latch, SyncOp.LATCH_COUNT_DOWN, site, null);
    latch.countDown();
  }

  /** {@code barrier.await()}. */
  public static int await(CyclicBarrier barrier, int site)
      throws InterruptedException, BrokenBarrierException {
    Hooks.before(barrier, SyncOp.BARRIER_AWAIT, site);
    boolean done = false;
    try {
      int arrival = barrier.await();
      done = true;
      return arrival;
    } finally {
      Hooks.after(barrier, SyncOp.BARRIER_AWAIT, site, done);
    }
  }

  /** {@code barrier.await(timeout, unit)}. */
  public static int await(CyclicBarrier barrier, long timeout, TimeUnit unit, int site)
      throws InterruptedException, BrokenBarrierException, TimeoutException {
    Hooks.before(barrier, SyncOp.BARRIER_AWAIT, site);
    boolean done = false;
    try {
      int arrival = barrier.await(timeout, unit);
      done = true;
      return arrival;
    } finally {
      Hooks.after(barrier, SyncOp.BARRIER_AWAIT, site, done);
    }
  }

  /** {@code phaser.arriveAndAwaitAdvance()}. */
  public static int arriveAndAwaitAdvance(Phaser phaser, int site) {
    Hooks.before(phaser, SyncOp.PHASER_ARRIVE_AND_AWAIT, site);
    try {
      return phaser.arriveAndAwaitAdvance();
    } finally {
      Hooks.after(phaser, SyncOp.PHASER_ARRIVE_AND_AWAIT, site, true);
    }
  }

  /** {@code phaser.awaitAdvance(phase)}. */
  public static int awaitAdvance(Phaser phaser, int phase, int site) {
    Hooks.before(phaser, SyncOp.PHASER_AWAIT, site);
    try {
      return phaser.awaitAdvance(phase);
    } finally {
      Hooks.after(phaser, SyncOp.PHASER_AWAIT, site, true);
    }
  }

  /** {@code phaser.awaitAdvanceInterruptibly(phase)}. */
  public static int awaitAdvanceInterruptibly(Phaser phaser, int phase, int site)
      throws InterruptedException {
    Hooks.before(phaser, SyncOp.PHASER_AWAIT, site);
    boolean done = false;
    try {
      int next = phaser.awaitAdvanceInterruptibly(phase);
      done = true;
      return next;
    } finally {
      Hooks.after(phaser, SyncOp.PHASER_AWAIT, site, done);
    }
  }

  /** {@code phaser.arrive()}. */
  public static int arrive(Phaser phaser, int site) {
    Hooks.action(phaser, SyncOp.PHASER_ARRIVE, site, null);
    return phaser.arrive();
  }

  /** {@code phaser.arriveAndDeregister()}. */
  public static int arriveAndDeregister(Phaser phaser, int site) {
    Hooks.action(phaser, SyncOp.PHASER_ARRIVE, site, null);
    return phaser.arriveAndDeregister();
  }
}
