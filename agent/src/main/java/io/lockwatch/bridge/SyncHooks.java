package io.lockwatch.bridge;

import java.util.Date;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.Phaser;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.locks.Condition;

/**
 * Replacements for the calls on the other synchronization primitives: each reports before and
 * after, calls the real method in between, and hands back its result and exceptions unchanged.
 * Every method takes the receiver first and the site id last.
 */
public final class SyncHooks {
  private SyncHooks() {}

  // --- Object monitors -------------------------------------------------------------------

  public static void objectWait(Object monitor, int site) throws InterruptedException {
    before(monitor, SyncOp.OBJECT_WAIT, site);
    boolean done = false;
    try {
      monitor.wait();
      done = true;
    } finally {
      after(monitor, SyncOp.OBJECT_WAIT, site, done);
    }
  }

  public static void objectWait(Object monitor, long millis, int site) throws InterruptedException {
    int op = millis == 0 ? SyncOp.OBJECT_WAIT : SyncOp.OBJECT_TIMED_WAIT;
    before(monitor, op, site);
    boolean done = false;
    try {
      monitor.wait(millis);
      done = true;
    } finally {
      after(monitor, op, site, done);
    }
  }

  public static void objectWait(Object monitor, long millis, int nanos, int site)
      throws InterruptedException {
    before(monitor, SyncOp.OBJECT_TIMED_WAIT, site);
    boolean done = false;
    try {
      monitor.wait(millis, nanos);
      done = true;
    } finally {
      after(monitor, SyncOp.OBJECT_TIMED_WAIT, site, done);
    }
  }

  public static void objectNotify(Object monitor, int site) {
    action(monitor, SyncOp.OBJECT_NOTIFY, site, null);
    monitor.notify();
  }

  public static void objectNotifyAll(Object monitor, int site) {
    action(monitor, SyncOp.OBJECT_NOTIFY, site, null);
    monitor.notifyAll();
  }

  // --- Lock conditions -------------------------------------------------------------------

  public static void await(Condition condition, int site) throws InterruptedException {
    before(condition, SyncOp.CONDITION_AWAIT, site);
    boolean done = false;
    try {
      condition.await();
      done = true;
    } finally {
      after(condition, SyncOp.CONDITION_AWAIT, site, done);
    }
  }

  public static boolean await(Condition condition, long time, TimeUnit unit, int site)
      throws InterruptedException {
    before(condition, SyncOp.CONDITION_TIMED_AWAIT, site);
    boolean done = false;
    try {
      boolean signalled = condition.await(time, unit);
      done = true;
      return signalled;
    } finally {
      after(condition, SyncOp.CONDITION_TIMED_AWAIT, site, done);
    }
  }

  public static long awaitNanos(Condition condition, long nanos, int site) throws InterruptedException {
    before(condition, SyncOp.CONDITION_TIMED_AWAIT, site);
    boolean done = false;
    try {
      long left = condition.awaitNanos(nanos);
      done = true;
      return left;
    } finally {
      after(condition, SyncOp.CONDITION_TIMED_AWAIT, site, done);
    }
  }

  public static void awaitUninterruptibly(Condition condition, int site) {
    before(condition, SyncOp.CONDITION_AWAIT, site);
    try {
      condition.awaitUninterruptibly();
    } finally {
      after(condition, SyncOp.CONDITION_AWAIT, site, true);
    }
  }

  public static boolean awaitUntil(Condition condition, Date deadline, int site)
      throws InterruptedException {
    before(condition, SyncOp.CONDITION_TIMED_AWAIT, site);
    boolean done = false;
    try {
      boolean signalled = condition.awaitUntil(deadline);
      done = true;
      return signalled;
    } finally {
      after(condition, SyncOp.CONDITION_TIMED_AWAIT, site, done);
    }
  }

  public static void signal(Condition condition, int site) {
    action(condition, SyncOp.CONDITION_SIGNAL, site, null);
    condition.signal();
  }

  public static void signalAll(Condition condition, int site) {
    action(condition, SyncOp.CONDITION_SIGNAL, site, null);
    condition.signalAll();
  }

  // --- Semaphores ------------------------------------------------------------------------

  public static void acquire(Semaphore semaphore, int site) throws InterruptedException {
    before(semaphore, SyncOp.SEMAPHORE_ACQUIRE, site);
    boolean done = false;
    try {
      semaphore.acquire();
      done = true;
    } finally {
      after(semaphore, SyncOp.SEMAPHORE_ACQUIRE, site, done);
    }
  }

  public static void acquire(Semaphore semaphore, int permits, int site) throws InterruptedException {
    before(semaphore, SyncOp.SEMAPHORE_ACQUIRE, site);
    boolean done = false;
    try {
      semaphore.acquire(permits);
      done = true;
    } finally {
      after(semaphore, SyncOp.SEMAPHORE_ACQUIRE, site, done);
    }
  }

  public static void acquireUninterruptibly(Semaphore semaphore, int site) {
    before(semaphore, SyncOp.SEMAPHORE_ACQUIRE, site);
    try {
      semaphore.acquireUninterruptibly();
    } finally {
      after(semaphore, SyncOp.SEMAPHORE_ACQUIRE, site, true);
    }
  }

  public static void acquireUninterruptibly(Semaphore semaphore, int permits, int site) {
    before(semaphore, SyncOp.SEMAPHORE_ACQUIRE, site);
    try {
      semaphore.acquireUninterruptibly(permits);
    } finally {
      after(semaphore, SyncOp.SEMAPHORE_ACQUIRE, site, true);
    }
  }

  public static boolean tryAcquire(Semaphore semaphore, int site) {
    boolean acquired = semaphore.tryAcquire();
    after(semaphore, SyncOp.SEMAPHORE_TRY_ACQUIRE, site, acquired);
    return acquired;
  }

  public static boolean tryAcquire(Semaphore semaphore, int permits, int site) {
    boolean acquired = semaphore.tryAcquire(permits);
    after(semaphore, SyncOp.SEMAPHORE_TRY_ACQUIRE, site, acquired);
    return acquired;
  }

  public static boolean tryAcquire(Semaphore semaphore, long timeout, TimeUnit unit, int site)
      throws InterruptedException {
    before(semaphore, SyncOp.SEMAPHORE_TIMED_ACQUIRE, site);
    boolean acquired = false;
    try {
      acquired = semaphore.tryAcquire(timeout, unit);
      return acquired;
    } finally {
      after(semaphore, SyncOp.SEMAPHORE_TIMED_ACQUIRE, site, acquired);
    }
  }

  public static boolean tryAcquire(Semaphore semaphore, int permits, long timeout, TimeUnit unit, int site)
      throws InterruptedException {
    before(semaphore, SyncOp.SEMAPHORE_TIMED_ACQUIRE, site);
    boolean acquired = false;
    try {
      acquired = semaphore.tryAcquire(permits, timeout, unit);
      return acquired;
    } finally {
      after(semaphore, SyncOp.SEMAPHORE_TIMED_ACQUIRE, site, acquired);
    }
  }

  public static void release(Semaphore semaphore, int site) {
    action(semaphore, SyncOp.SEMAPHORE_RELEASE, site, null);
    semaphore.release();
  }

  public static void release(Semaphore semaphore, int permits, int site) {
    action(semaphore, SyncOp.SEMAPHORE_RELEASE, site, null);
    semaphore.release(permits);
  }

  // --- Latches, barriers, phasers ----------------------------------------------------------

  public static void await(CountDownLatch latch, int site) throws InterruptedException {
    before(latch, SyncOp.LATCH_AWAIT, site);
    boolean done = false;
    try {
      latch.await();
      done = true;
    } finally {
      after(latch, SyncOp.LATCH_AWAIT, site, done);
    }
  }

  public static boolean await(CountDownLatch latch, long timeout, TimeUnit unit, int site)
      throws InterruptedException {
    before(latch, SyncOp.LATCH_AWAIT, site);
    boolean reachedZero = false;
    try {
      reachedZero = latch.await(timeout, unit);
      return reachedZero;
    } finally {
      after(latch, SyncOp.LATCH_AWAIT, site, reachedZero);
    }
  }

  public static void countDown(CountDownLatch latch, int site) {
    action(latch, SyncOp.LATCH_COUNT_DOWN, site, null);
    latch.countDown();
  }

  public static int await(CyclicBarrier barrier, int site)
      throws InterruptedException, BrokenBarrierException {
    before(barrier, SyncOp.BARRIER_AWAIT, site);
    boolean done = false;
    try {
      int arrival = barrier.await();
      done = true;
      return arrival;
    } finally {
      after(barrier, SyncOp.BARRIER_AWAIT, site, done);
    }
  }

  public static int await(CyclicBarrier barrier, long timeout, TimeUnit unit, int site)
      throws InterruptedException, BrokenBarrierException, TimeoutException {
    before(barrier, SyncOp.BARRIER_AWAIT, site);
    boolean done = false;
    try {
      int arrival = barrier.await(timeout, unit);
      done = true;
      return arrival;
    } finally {
      after(barrier, SyncOp.BARRIER_AWAIT, site, done);
    }
  }

  public static int arriveAndAwaitAdvance(Phaser phaser, int site) {
    before(phaser, SyncOp.PHASER_AWAIT, site);
    try {
      return phaser.arriveAndAwaitAdvance();
    } finally {
      after(phaser, SyncOp.PHASER_AWAIT, site, true);
    }
  }

  public static int awaitAdvance(Phaser phaser, int phase, int site) {
    before(phaser, SyncOp.PHASER_AWAIT, site);
    try {
      return phaser.awaitAdvance(phase);
    } finally {
      after(phaser, SyncOp.PHASER_AWAIT, site, true);
    }
  }

  public static int awaitAdvanceInterruptibly(Phaser phaser, int phase, int site)
      throws InterruptedException {
    before(phaser, SyncOp.PHASER_AWAIT, site);
    boolean done = false;
    try {
      int next = phaser.awaitAdvanceInterruptibly(phase);
      done = true;
      return next;
    } finally {
      after(phaser, SyncOp.PHASER_AWAIT, site, done);
    }
  }

  public static int arrive(Phaser phaser, int site) {
    action(phaser, SyncOp.PHASER_ARRIVE, site, null);
    return phaser.arrive();
  }

  public static int arriveAndDeregister(Phaser phaser, int site) {
    action(phaser, SyncOp.PHASER_ARRIVE, site, null);
    return phaser.arriveAndDeregister();
  }

  // --- Blocking queues ---------------------------------------------------------------------

  public static void put(BlockingQueue<Object> queue, Object element, int site) throws InterruptedException {
    before(queue, SyncOp.QUEUE_PUT, site);
    boolean done = false;
    try {
      queue.put(element);
      done = true;
    } finally {
      after(queue, SyncOp.QUEUE_PUT, site, done);
    }
  }

  public static boolean offer(BlockingQueue<Object> queue, Object element, int site) {
    action(queue, SyncOp.QUEUE_OFFER, site, element);
    return queue.offer(element);
  }

  public static boolean offer(
      BlockingQueue<Object> queue, Object element, long timeout, TimeUnit unit, int site)
      throws InterruptedException {
    before(queue, SyncOp.QUEUE_OFFER, site);
    boolean added = false;
    try {
      added = queue.offer(element, timeout, unit);
      return added;
    } finally {
      after(queue, SyncOp.QUEUE_OFFER, site, added);
    }
  }

  public static Object take(BlockingQueue<Object> queue, int site) throws InterruptedException {
    before(queue, SyncOp.QUEUE_TAKE, site);
    boolean done = false;
    try {
      Object element = queue.take();
      done = true;
      return element;
    } finally {
      after(queue, SyncOp.QUEUE_TAKE, site, done);
    }
  }

  public static Object poll(BlockingQueue<Object> queue, int site) {
    Object element = queue.poll();
    after(queue, SyncOp.QUEUE_POLL, site, element != null);
    return element;
  }

  public static Object poll(BlockingQueue<Object> queue, long timeout, TimeUnit unit, int site)
      throws InterruptedException {
    before(queue, SyncOp.QUEUE_POLL, site);
    Object element = null;
    try {
      element = queue.poll(timeout, unit);
      return element;
    } finally {
      after(queue, SyncOp.QUEUE_POLL, site, element != null);
    }
  }

  // --- Threads and futures -----------------------------------------------------------------

  public static void join(Thread thread, int site) throws InterruptedException {
    before(thread, SyncOp.THREAD_JOIN, site);
    boolean done = false;
    try {
      thread.join();
      done = true;
    } finally {
      after(thread, SyncOp.THREAD_JOIN, site, done && !thread.isAlive());
    }
  }

  public static void join(Thread thread, long millis, int site) throws InterruptedException {
    before(thread, SyncOp.THREAD_JOIN, site);
    boolean done = false;
    try {
      thread.join(millis);
      done = true;
    } finally {
      after(thread, SyncOp.THREAD_JOIN, site, done && !thread.isAlive());
    }
  }

  public static void start(Thread thread, int site) {
    action(thread, SyncOp.THREAD_START, site, null);
    thread.start();
  }

  public static Object get(Future<Object> future, int site) throws InterruptedException, ExecutionException {
    before(future, SyncOp.FUTURE_GET, site);
    boolean done = false;
    try {
      Object value = future.get();
      done = true;
      return value;
    } finally {
      after(future, SyncOp.FUTURE_GET, site, done);
    }
  }

  public static Object get(Future<Object> future, long timeout, TimeUnit unit, int site)
      throws InterruptedException, ExecutionException, TimeoutException {
    before(future, SyncOp.FUTURE_GET, site);
    boolean done = false;
    try {
      Object value = future.get(timeout, unit);
      done = true;
      return value;
    } finally {
      after(future, SyncOp.FUTURE_GET, site, done);
    }
  }

  // --- thread-safe java.util.concurrent objects -------------------------------------------

  /** Before a call on an atomic or a concurrent collection (the instrumentation spills the call). */
  public static void concurrentBefore(Object target, int site) {
    action(target, SyncOp.CONCURRENT_BEFORE, site, null);
  }

  /** After such a call returned. */
  public static void concurrentAfter(Object target, int site) {
    action(target, SyncOp.CONCURRENT_AFTER, site, null);
  }

  // --- executors: tasks are wrapped so that their start and end are seen -------------------

  public static void execute(java.util.concurrent.Executor executor, Runnable task, int site) {
    executor.execute(Task.wrap(executor, task, site));
  }

  public static Future<Object> submit(java.util.concurrent.ExecutorService executor, Runnable task, int site) {
    Runnable wrapped = Task.wrap(executor, task, site);
    @SuppressWarnings("unchecked")
    Future<Object> future = (Future<Object>) executor.submit(wrapped);
    Task.futureOf(wrapped, future, site);
    return future;
  }

  public static Future<Object> submit(
      java.util.concurrent.ExecutorService executor, Runnable task, Object result, int site) {
    Runnable wrapped = Task.wrap(executor, task, site);
    Future<Object> future = executor.submit(wrapped, result);
    Task.futureOf(wrapped, future, site);
    return future;
  }

  public static Future<Object> submit(
      java.util.concurrent.ExecutorService executor, java.util.concurrent.Callable<Object> task, int site) {
    java.util.concurrent.Callable<Object> wrapped = Task.wrap(executor, task, site);
    Future<Object> future = executor.submit(wrapped);
    Task.futureOf(wrapped, future, site);
    return future;
  }

  public static java.util.concurrent.CompletableFuture<Object> supplyAsync(
      java.util.function.Supplier<Object> supplier, int site) {
    Task task = Task.of(supplier, site);
    java.util.concurrent.CompletableFuture<Object> future =
        java.util.concurrent.CompletableFuture.supplyAsync(task);
    Task.futureOf(task, future, site);
    return future;
  }

  public static java.util.concurrent.CompletableFuture<Object> supplyAsync(
      java.util.function.Supplier<Object> supplier, java.util.concurrent.Executor executor, int site) {
    Task task = Task.of(supplier, site);
    java.util.concurrent.CompletableFuture<Object> future =
        java.util.concurrent.CompletableFuture.supplyAsync(task, executor);
    Task.futureOf(task, future, site);
    return future;
  }

  public static java.util.concurrent.CompletableFuture<Void> runAsync(Runnable runnable, int site) {
    Task task = Task.of(runnable, site);
    java.util.concurrent.CompletableFuture<Void> future =
        java.util.concurrent.CompletableFuture.runAsync(task);
    Task.futureOf(task, future, site);
    return future;
  }

  public static java.util.concurrent.CompletableFuture<Void> runAsync(
      Runnable runnable, java.util.concurrent.Executor executor, int site) {
    Task task = Task.of(runnable, site);
    java.util.concurrent.CompletableFuture<Void> future =
        java.util.concurrent.CompletableFuture.runAsync(task, executor);
    Task.futureOf(task, future, site);
    return future;
  }

  public static Object join(java.util.concurrent.CompletableFuture<Object> future, int site) {
    before(future, SyncOp.FUTURE_GET, site);
    boolean done = false;
    try {
      Object value = future.join();
      done = true;
      return value;
    } finally {
      after(future, SyncOp.FUTURE_GET, site, done);
    }
  }

  // --- reporting, never failing ------------------------------------------------------------

  static void before(Object target, int op, int site) {
    try {
      Hooks.sink.beforeBlocking(target, op, site);
    } catch (Throwable ignored) {
      // The sink counts its own failures; nothing may reach the application.
    }
  }

  static void after(Object target, int op, int site, boolean completed) {
    try {
      Hooks.sink.afterBlocking(target, op, site, completed);
    } catch (Throwable ignored) {
      // see before
    }
  }

  static void action(Object target, int op, int site, Object related) {
    try {
      Hooks.sink.syncAction(target, op, site, related);
    } catch (Throwable ignored) {
      // see before
    }
  }
}
