package io.lockwatch.bridge;

import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;

/**
 * Which executors may be handed a {@link Task} in place of the application's task: only where the
 * wrapper can never be seen, so that {@code remove(task)}, {@code getQueue()}, {@code
 * shutdownNow()} and the executor's own hooks behave as without the agent.
 *
 * <ul>
 *   <li>{@code execute}: only executors that put every task into an object of their own before
 *       anyone can see it (a scheduled pool, a fork/join pool, a thread per task). A plain {@code
 *       ThreadPoolExecutor} queues the application's object itself, so it gets it unchanged: the
 *       hand-off to its worker is seen inside the JDK ({@code jdk=on}).
 *   <li>{@code submit}: the JDK's executors, which wrap the task in a {@code FutureTask}, and an
 *       application's {@code ThreadPoolExecutor} subclass that overrides none of the methods that
 *       see tasks; never with a priority queue, which compares them.
 * </ul>
 *
 * <p>Looking at an application's subclass is reflection on the application's class, which can fail
 * (a method mentioning a class absent at run time): then its tasks are not wrapped, and the failure
 * is counted by the agent, never thrown.
 */
final class TaskWrapping {
  private static final String CONCURRENT = "java.util.concurrent.";

  private TaskWrapping() {}

  /** True when {@code task} may be wrapped before {@code executor.execute(task)}. */
  static boolean onExecute(Executor executor, Object task) {
    if (executor == null || task == null) {
      return false;
    }
    return switch (executor.getClass().getName()) {
      case CONCURRENT + "ScheduledThreadPoolExecutor",
          CONCURRENT + "Executors$DelegatedScheduledExecutorService",
          CONCURRENT + "ThreadPerTaskExecutor" ->
          true;
      case CONCURRENT + "ForkJoinPool" -> !(task instanceof ForkJoinTask); // else run as given
      default -> false;
    };
  }

  /** True when {@code task} may be wrapped before {@code executor.submit(task)}. */
  static boolean onSubmit(Executor executor, Object task) {
    if (executor == null || task == null) {
      return false;
    }
    Class<?> type = executor.getClass();
    String name = type.getName();
    if (type == ThreadPoolExecutor.class
        || (executor instanceof ThreadPoolExecutor
            && !name.startsWith("java.")
            && PLAIN_POOL_SUBCLASS.get(type))) {
      return !(((ThreadPoolExecutor) executor).getQueue() instanceof PriorityBlockingQueue);
    }
    return name.equals(CONCURRENT + "ScheduledThreadPoolExecutor")
        || name.equals(CONCURRENT + "ForkJoinPool")
        || name.equals(CONCURRENT + "ThreadPerTaskExecutor")
        || name.startsWith(CONCURRENT + "Executors$");
  }

  /**
   * Whether an application's subclass of ThreadPoolExecutor overrides none of the methods that see
   * the task itself (found by reflection, never by calling it); false when it cannot be told.
   */
  private static final ClassValue<Boolean> PLAIN_POOL_SUBCLASS = new PlainPoolSubclass();

  private static final class PlainPoolSubclass extends ClassValue<Boolean> {
    @Override
    protected Boolean computeValue(Class<?> type) {
      try {
        return overridesNoTaskMethod(type);
      } catch (Throwable unreadable) {
        // getDeclaredMethods resolves every parameter type; an optional one may be missing
        Hooks.failed("executor " + type.getName(), unreadable);
        return false;
      }
    }

    private static boolean overridesNoTaskMethod(Class<?> type) {
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
}
