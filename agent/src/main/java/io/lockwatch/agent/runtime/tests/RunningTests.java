package io.lockwatch.agent.runtime.tests;

import io.lockwatch.agent.runtime.lockorder.ActingThreads;
import io.lockwatch.agent.runtime.support.WeakIdentityTable;
import io.lockwatch.bridge.TestHooks;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The tests running in each thread, and the acting ids their lock-order facts are recorded under: a
 * thread running no test acts as itself; a thread running a test acts under an id of its own for
 * that test (negative, so it never equals a thread id), which names the test and the real thread.
 *
 * <p>The current test is an inheritable thread-local: a thread constructed by a test runs that
 * test. A pool task takes the test of the thread that submitted it, for as long as it runs.
 */
public final class RunningTests extends TestHooks.TestSink implements ActingThreads {
  /** One test execution; its acting ids, by real thread id. */
  private static final class Run {
    final String test;
    final Map<Long, Long> actingIds = new ConcurrentHashMap<>();

    Run(String test) {
      this.test = test;
    }
  }

  /**
   * What an acting id stands for.
   *
   * @param threadId the real thread
   * @param test the test it ran, e.g. {@code com.example.FooTest#bar}
   */
  public record Acting(long threadId, String test) {}

  private final InheritableThreadLocal<Run> current = new InheritableThreadLocal<>();

  /** What the thread ran before its current pool task, to restore when the task ends. */
  private final ThreadLocal<Run> beforeTask = new ThreadLocal<>();

  private final WeakIdentityTable<Run> tasks = new WeakIdentityTable<>(run -> {});
  private final Map<Long, Acting> acting = new ConcurrentHashMap<>();
  private final AtomicLong nextId = new AtomicLong(-1);

  /**
   * The test each thread runs now, by thread id, for the watchdog, which sees other threads: kept
   * where a thread starts or ends a test or a pool task, and where it first records a lock order
   * under a test it inherited.
   */
  private final Map<Long, String> byThread = new ConcurrentHashMap<>();

  /** False until a test starts: without tests nothing here costs anything. */
  private volatile boolean active;

  /** Told when the calling thread's test changes; set before the first test starts. */
  private volatile TestChanges changes = TestChanges.NONE;

  /** Where a thread's change of test is told (the race clocks, which date accesses by test). */
  public interface TestChanges {
    /** Nobody listens. */
    TestChanges NONE =
        new TestChanges() {
          @Override
          public void activated(Supplier<String> currentTest) {}

          @Override
          public void changed(String test) {}
        };

    /** The first test starts; {@code currentTest} gives the calling thread's test, or null. */
    void activated(Supplier<String> currentTest);

    /** The calling thread runs {@code test} (null: none) from now on. */
    void changed(String test);
  }

  /** Tells {@code changes} from now on when a thread's test changes. */
  public void tellChangesTo(TestChanges changes) {
    this.changes = changes;
  }

  /** The test the calling thread runs, or null. */
  public String currentTest() {
    Run run = current.get();
    return run == null ? null : run.test;
  }

  @Override
  public void started(String test) {
    if (!active) {
      changes.activated(this::currentTest);
      active = true;
    }
    current.set(new Run(test));
    byThread.put(Thread.currentThread().getId(), test);
    changes.changed(test);
  }

  @Override
  public void finished(String test) {
    Run run = current.get();
    if (run != null && run.test.equals(test)) {
      current.remove();
      byThread.remove(Thread.currentThread().getId());
      changes.changed(null);
    }
  }

  /** The tests the threads of {@code threadIds} run now, each once, in order; empty for none. */
  public List<String> ofThreads(long[] threadIds) {
    if (!active) {
      return List.of();
    }
    Set<String> found = new LinkedHashSet<>();
    for (long id : threadIds) {
      String test = byThread.get(id);
      if (test != null) {
        found.add(test);
      }
    }
    return List.copyOf(found);
  }

  private void runs(Run run) {
    long id = Thread.currentThread().getId();
    if (run == null) {
      byThread.remove(id);
      changes.changed(null);
    } else {
      byThread.put(id, run.test);
      changes.changed(run.test);
    }
  }

  /** Whether any test has started in this JVM. */
  public boolean active() {
    return active;
  }

  @Override
  public long idOf(long threadId) {
    Run run = active ? current.get() : null;
    if (run == null) {
      return threadId;
    }
    byThread.putIfAbsent(threadId, run.test);
    return run.actingIds.computeIfAbsent(
        threadId,
        t -> {
          long id = nextId.getAndDecrement();
          acting.put(id, new Acting(t, run.test));
          return id;
        });
  }

  /** What {@code actingId} stands for, or null for a thread acting as itself. */
  public Acting acting(long actingId) {
    return actingId < 0 ? acting.get(actingId) : null;
  }

  /** The calling thread submits {@code task} to a pool: the task will run the thread's test. */
  public void taskSubmitted(Object task) {
    Run run = active ? current.get() : null;
    if (run != null) {
      tasks.computeIfAbsent(task, () -> run);
    }
  }

  /** The calling (pool) thread starts running {@code task}. */
  public void taskStarted(Object task) {
    if (!active) {
      return;
    }
    beforeTask.set(current.get());
    Run run = tasks.get(task);
    if (run == null) {
      current.remove(); // a task of no test: the pool thread's inherited test is not its
    } else {
      current.set(run);
    }
    runs(run);
  }

  /** The calling (pool) thread has finished running {@code task}. */
  public void taskEnded(Object task) {
    if (!active) {
      return;
    }
    Run before = beforeTask.get();
    beforeTask.remove();
    runs(before);
    if (before == null) {
      current.remove();
    } else {
      current.set(before);
    }
  }
}
