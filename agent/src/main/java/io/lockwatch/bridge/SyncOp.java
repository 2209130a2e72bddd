package io.lockwatch.bridge;

/**
 * The synchronization operations the bridge reports, beyond plain lock acquire/release. Plain int
 * constants, so instrumented code and the bridge stay free of anything but JDK types.
 */
public final class SyncOp {
  public static final int OBJECT_WAIT = 1;
  public static final int OBJECT_NOTIFY = 2;
  public static final int CONDITION_AWAIT = 3;
  public static final int CONDITION_SIGNAL = 4;
  public static final int SEMAPHORE_ACQUIRE = 5;
  public static final int SEMAPHORE_TRY_ACQUIRE = 6;
  public static final int SEMAPHORE_TIMED_ACQUIRE = 7;
  public static final int SEMAPHORE_RELEASE = 8;
  public static final int LATCH_AWAIT = 9;
  public static final int LATCH_COUNT_DOWN = 10;
  public static final int BARRIER_AWAIT = 11;
  public static final int PHASER_AWAIT = 12;
  public static final int PHASER_ARRIVE = 13;
  public static final int QUEUE_PUT = 14;
  public static final int QUEUE_OFFER = 15;
  public static final int QUEUE_TAKE = 16;
  public static final int QUEUE_POLL = 17;
  public static final int THREAD_JOIN = 18;
  public static final int THREAD_START = 19;
  public static final int FUTURE_GET = 20;

  /** Before a call on a thread-safe java.util.concurrent object: release. */
  public static final int CONCURRENT_BEFORE = 21;

  /** After a call on a thread-safe java.util.concurrent object: acquire. */
  public static final int CONCURRENT_AFTER = 22;

  /** A task handed to an executor (wrapped so its start and end can be seen). */
  public static final int TASK_SUBMIT = 23;

  public static final int TASK_START = 24;
  public static final int TASK_END = 25;

  /** The future an executor returned for a wrapped task. */
  public static final int TASK_FUTURE = 26;

  /** {@code wait(timeout)}: like {@link #OBJECT_WAIT}, but it ends by itself. */
  public static final int OBJECT_TIMED_WAIT = 27;

  /** {@code await(timeout)}, {@code awaitNanos}, {@code awaitUntil}. */
  public static final int CONDITION_TIMED_AWAIT = 28;

  /**
   * {@code Phaser.arriveAndAwaitAdvance}: an arrival (release) and a wait (acquire); a pure {@code
   * awaitAdvance} is {@link #PHASER_AWAIT}, a wait only.
   */
  public static final int PHASER_ARRIVE_AND_AWAIT = 29;

  /** {@code Runtime.addShutdownHook} returned: the thread is a shutdown hook. */
  public static final int SHUTDOWN_HOOK_ADDED = 30;

  /** {@code Runtime.removeShutdownHook} returned true: the thread is a hook no more. */
  public static final int SHUTDOWN_HOOK_REMOVED = 31;

  private static final String[] NAMES = {
    "?",
    "Object.wait",
    "Object.notify",
    "Condition.await",
    "Condition.signal",
    "Semaphore.acquire",
    "Semaphore.tryAcquire",
    "Semaphore.tryAcquire(timeout)",
    "Semaphore.release",
    "CountDownLatch.await",
    "CountDownLatch.countDown",
    "CyclicBarrier.await",
    "Phaser.await",
    "Phaser.arrive",
    "BlockingQueue.put",
    "BlockingQueue.offer",
    "BlockingQueue.take",
    "BlockingQueue.poll",
    "Thread.join",
    "Thread.start",
    "Future.get",
    "concurrent call (before)",
    "concurrent call (after)",
    "Executor.submit",
    "task start",
    "task end",
    "task future",
    "Object.wait",
    "Condition.await",
    "Phaser.arriveAndAwaitAdvance",
    "Runtime.addShutdownHook",
    "Runtime.removeShutdownHook",
  };

  private SyncOp() {}

  /** The operation without its timeout: a timed wait is a wait for everything but severity. */
  public static int untimed(int op) {
    return switch (op) {
      case OBJECT_TIMED_WAIT -> OBJECT_WAIT;
      case CONDITION_TIMED_AWAIT -> CONDITION_AWAIT;
      default -> op;
    };
  }

  /** A readable name, e.g. {@code Semaphore.acquire}. */
  public static String name(int op) {
    return op > 0 && op < NAMES.length ? NAMES[op] : "?";
  }
}
