package io.lockwatch.bridge;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Starting threads and waiting for threads and results: {@code Thread.start/join}, {@code
 * Future.get}, {@code CompletableFuture.join}. Each hook replaces the application's call, reports
 * around it, and hands back its result and exceptions unchanged.
 */
public final class ThreadHooks {
  private ThreadHooks() {}

  /** {@code thread.start()}. */
  public static void start(Thread thread, int site) {
    Hooks.action(thread, SyncOp.THREAD_START, site, null);
    thread.start();
  }

  /** {@code thread.join()}: the same as {@code join(0)}, which is all {@code Thread} does. */
  public static void join(Thread thread, int site) throws InterruptedException {
    join(thread, 0L, site);
  }

  /** {@code thread.join(millis)}: completed when the thread has ended. */
  public static void join(Thread thread, long millis, int site) throws InterruptedException {
    Hooks.before(thread, SyncOp.THREAD_JOIN, site);
    boolean done = false;
    try {
      thread.join(millis);
      done = true;
    } finally {
      Hooks.after(thread, SyncOp.THREAD_JOIN, site, done && !thread.isAlive());
    }
  }

  /** {@code future.get()}. */
  public static Object get(Future<Object> future, int site)
      throws InterruptedException, ExecutionException {
    Hooks.before(future, SyncOp.FUTURE_GET, site);
    boolean done = false;
    try {
      Object value = future.get();
      done = true;
      return value;
    } finally {
      Hooks.after(future, SyncOp.FUTURE_GET, site, done);
    }
  }

  /** {@code future.get(timeout, unit)}. */
  public static Object get(Future<Object> future, long timeout, TimeUnit unit, int site)
      throws InterruptedException, ExecutionException, TimeoutException {
    Hooks.before(future, SyncOp.FUTURE_GET, site);
    boolean done = false;
    try {
      Object value = future.get(timeout, unit);
      done = true;
      return value;
    } finally {
      Hooks.after(future, SyncOp.FUTURE_GET, site, done);
    }
  }

  /** {@code future.join()}. */
  public static Object join(CompletableFuture<Object> future, int site) {
    Hooks.before(future, SyncOp.FUTURE_GET, site);
    boolean done = false;
    try {
      Object value = future.join();
      done = true;
      return value;
    } finally {
      Hooks.after(future, SyncOp.FUTURE_GET, site, done);
    }
  }
}
