package io.lockwatch.bridge;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.function.Supplier;

/**
 * A task handed to an executor, wrapped so the agent sees it start and end: what the submitter did
 * before submitting happens before the task, and the task happens before whoever gets its result.
 *
 * <p>Only executors whose queues and hooks do not look at the task itself are given wrapped tasks:
 * the JDK's own, and an application's ThreadPoolExecutor subclass that overrides none of the
 * methods that see tasks. A priority queue compares tasks, and other executors may inspect them, so
 * those get the original task (and no happens-before edge).
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

  /** The task to hand {@code executor}: wrapped when the executor allows it (see above). */
  static Runnable wrap(Executor executor, Runnable task, int site) {
    return task == null || !wraps(executor) ? task : of(task, site);
  }

  /** The task to hand {@code executor}: wrapped when the executor allows it (see above). */
  static Callable<Object> wrap(Executor executor, Callable<Object> task, int site) {
    return task == null || !wraps(executor)
        ? task
        : submitted(new Task(null, task, null, site), task);
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

  /**
   * An application's subclass of ThreadPoolExecutor is given wrapped tasks only when it overrides
   * none of the methods that see the task itself (found by reflection, never by calling it).
   */
  private static final ClassValue<Boolean> PLAIN_POOL_SUBCLASS = new PlainPoolSubclass();

  private static final class PlainPoolSubclass extends ClassValue<Boolean> {
    @Override
    protected Boolean computeValue(Class<?> type) {
      for (Class<?> c = type; c != null && c != ThreadPoolExecutor.class; c = c.getSuperclass()) {
        for (java.lang.reflect.Method m : c.getDeclaredMethods()) {
          switch (m.getName()) {
            case "beforeExecute",
                "afterExecute",
                "execute",
                "submit",
                "newTaskFor",
                "getQueue",
                "remove",
                "invokeAll",
                "invokeAny" -> {
              return false;
            }
            default -> {}
          }
        }
      }
      return true;
    }
  }

  private static boolean wraps(Executor executor) {
    if (executor == null) {
      return false;
    }
    Class<?> type = executor.getClass();
    if (type == ThreadPoolExecutor.class
        || (executor instanceof ThreadPoolExecutor
            && !type.getName().startsWith("java.")
            && PLAIN_POOL_SUBCLASS.get(type))) {
      return !(((ThreadPoolExecutor) executor).getQueue() instanceof PriorityBlockingQueue);
    }
    String name = type.getName();
    return name.equals("java.util.concurrent.ScheduledThreadPoolExecutor")
        || name.equals("java.util.concurrent.ForkJoinPool")
        || name.equals("java.util.concurrent.ThreadPerTaskExecutor")
        || name.startsWith("java.util.concurrent.Executors$");
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
