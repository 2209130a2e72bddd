package io.lockwatch.bridge;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Tasks handed to executors and to {@code CompletableFuture}: where the application cannot see the
 * difference ({@link TaskWrapping}), each hook hands the real method a {@link Task} wrapping the
 * application's task, so that its start and end are seen, and links the returned future to it;
 * elsewhere it hands the application's own task. Results and exceptions are the real method's.
 */
public final class ExecutorHooks {
  private ExecutorHooks() {}

  /** {@code executor.execute(task)}. */
  public static void execute(Executor executor, Runnable task, int site) {
    executor.execute(Task.forExecute(executor, task, site));
  }

  /** {@code executor.submit(task)}. */
  public static Future<Object> submit(ExecutorService executor, Runnable task, int site) {
    Runnable wrapped = Task.forSubmit(executor, task, site);
    @SuppressWarnings("unchecked")
    Future<Object> future = (Future<Object>) executor.submit(wrapped);
    return Task.futureOf(wrapped, future, site);
  }

  /** {@code executor.submit(task, result)}. */
  public static Future<Object> submit(
      ExecutorService executor, Runnable task, Object result, int site) {
    Runnable wrapped = Task.forSubmit(executor, task, site);
    return Task.futureOf(wrapped, executor.submit(wrapped, result), site);
  }

  /** {@code executor.submit(task)} of a {@code Callable}. */
  public static Future<Object> submit(ExecutorService executor, Callable<Object> task, int site) {
    Callable<Object> wrapped = Task.forSubmit(executor, task, site);
    return Task.futureOf(wrapped, executor.submit(wrapped), site);
  }

  /** {@code CompletableFuture.supplyAsync(supplier)}. */
  public static CompletableFuture<Object> supplyAsync(Supplier<Object> supplier, int site) {
    Task task = Task.of(supplier, site);
    return Task.futureOf(task, CompletableFuture.supplyAsync(task), site);
  }

  /** {@code CompletableFuture.supplyAsync(supplier, executor)}. */
  public static CompletableFuture<Object> supplyAsync(
      Supplier<Object> supplier, Executor executor, int site) {
    Task task = Task.of(supplier, site);
    return Task.futureOf(task, CompletableFuture.supplyAsync(task, executor), site);
  }

  /** {@code CompletableFuture.runAsync(runnable)}. */
  public static CompletableFuture<Void> runAsync(Runnable runnable, int site) {
    Task task = Task.of(runnable, site);
    return Task.futureOf(task, CompletableFuture.runAsync(task), site);
  }

  /** {@code CompletableFuture.runAsync(runnable, executor)}. */
  public static CompletableFuture<Void> runAsync(Runnable runnable, Executor executor, int site) {
    Task task = Task.of(runnable, site);
    return Task.futureOf(task, CompletableFuture.runAsync(task, executor), site);
  }
}
