package io.lockwatch.bridge;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * A task handed to an executor, wrapped so the agent sees it start and end: what the submitter did
 * before submitting happens before the task, and the task happens before whoever gets its result.
 *
 * <p>Only where the application can never see the wrapper ({@link TaskWrapping}); elsewhere the
 * executor gets the application's own task.
 */
public final class Task implements Runnable, Callable<Object>, Supplier<Object> {
  private final Runnable runnable;
  private final Callable<Object> callable;
  private final Supplier<Object> supplier;
  private final int site;

  private Task(Runnable runnable, Callable<Object> callable, Supplier<Object> supplier, int site) {
    this.runnable = runnable;
    this.callable = callable;
    this.supplier = supplier;
    this.site = site;
  }

  private static final int EXECUTE = 0;
  private static final int SUBMIT = 1;
  private static final int SUBMIT_CALLABLE = 2;

  /**
   * The task to hand {@code executor.execute}: wrapped where {@link TaskWrapping} allows it. Never
   * throws: whatever fails, the executor gets the application's task.
   */
  static Runnable forExecute(Executor executor, Runnable task, int site) {
    return (Runnable) chosen(executor, task, site, EXECUTE);
  }

  /** The task to hand {@code executor.submit}, as {@link #forExecute} does. */
  static Runnable forSubmit(Executor executor, Runnable task, int site) {
    return (Runnable) chosen(executor, task, site, SUBMIT);
  }

  /** The task to hand {@code executor.submit}, as {@link #forExecute} does. */
  @SuppressWarnings("unchecked")
  static Callable<Object> forSubmit(Executor executor, Callable<Object> task, int site) {
    return (Callable<Object>) chosen(executor, task, site, SUBMIT_CALLABLE);
  }

  @SuppressWarnings("unchecked")
  private static Object chosen(Executor executor, Object task, int site, int call) {
    try {
      boolean wrap =
          call == EXECUTE
              ? TaskWrapping.onExecute(executor, task)
              : TaskWrapping.onSubmit(executor, task);
      if (!wrap) {
        return task;
      }
      return call == SUBMIT_CALLABLE
          ? submitted(new Task(null, (Callable<Object>) task, null, site), task)
          : of((Runnable) task, site);
    } catch (Throwable failure) {
      Hooks.failed(call == EXECUTE ? "execute" : "submit", failure);
      return task;
    }
  }

  /** A wrapped runnable. */
  static Task of(Runnable task, int site) {
    return submitted(new Task(task, null, null, site), task);
  }

  /** A wrapped supplier. */
  static Task of(Supplier<Object> task, int site) {
    return submitted(new Task(null, null, task, site), task);
  }

  private static Task submitted(Task wrapped, Object task) {
    Hooks.action(wrapped, SyncOp.TASK_SUBMIT, wrapped.site, task);
    return wrapped;
  }

  /**
   * Links the future of a wrapped task to it, so that getting the result acquires its end, and
   * returns the future.
   */
  static <F> F futureOf(Object task, F future, int site) {
    if (task instanceof Task && future != null) {
      Hooks.action(future, SyncOp.TASK_FUTURE, site, task);
    }
    return future;
  }

  /** Runs the wrapped task, whichever kind it is, between its start and its end. */
  @Override
  public Object call() throws Exception {
    Hooks.action(this, SyncOp.TASK_START, site, null);
    try {
      if (callable != null) {
        return callable.call();
      }
      if (supplier != null) {
        return supplier.get();
      }
      runnable.run();
      return null;
    } finally {
      Hooks.action(this, SyncOp.TASK_END, site, null);
    }
  }

  /**
   * {@link #call}, with a checked exception of a wrapped {@code Callable} in a CompletionException.
   */
  @Override
  public Object get() {
    try {
      return call();
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Exception e) {
      throw new CompletionException(e);
    }
  }

  /** {@link #get}, without the result. */
  @Override
  public void run() {
    get();
  }

  @Override
  public String toString() {
    Object task = runnable != null ? runnable : callable != null ? callable : supplier;
    return String.valueOf(task);
  }
}
