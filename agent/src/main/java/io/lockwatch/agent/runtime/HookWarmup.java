package io.lockwatch.agent.runtime;

import io.lockwatch.agent.runtime.race.FieldRegistry;
import io.lockwatch.agent.runtime.support.AgentErrors;
import io.lockwatch.bridge.EventSink;
import io.lockwatch.bridge.SyncOp;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Runs the common hooks once, at start-up, against a throwaway context, so that their classes are
 * loaded and their call sites linked before any application thread can reach them.
 *
 * <p>Why: a hook's first run links call sites (a {@code VarHandle} access interns method types in a
 * {@code ConcurrentHashMap}, a class load takes the loader's lock). If that first run happens at
 * the deepest frame of a recursion, the stack overflows inside the JDK's own {@code synchronized}
 * block, and HotSpot can loop for ever rethrowing the error in that block's exception handler (seen
 * 1 run in 3 on a synchronized method recursing to overflow with {@code -Xss512k}). Linked once
 * here, with the stack nearly empty, the hooks need no more than their own frames later.
 */
public final class HookWarmup {
  private static final long LIMIT_SECONDS = 10;

  private HookWarmup() {}

  /**
   * Replays a short script of events from two threads in turn (the second acquires what the first
   * released, so the joining paths run too), on a context with {@code settings}; failures are
   * counted in {@code errors}, the real context's. The second thread takes the two monitors in the
   * other order, so the throwaway context ends with a lock-order cycle to report.
   *
   * @return the throwaway context, with what the script recorded; null when the script failed or a
   *     round did not end in time
   */
  public static AgentContext run(AgentContext.Settings settings, AgentErrors errors) {
    try {
      AgentContext scratch = new AgentContext(settings);
      Script script = new Script(scratch);
      for (int round = 0; round < 2; round++) {
        boolean reversed = round == 1;
        Thread thread = new Thread(() -> script.play(reversed), "lockwatch-warmup");
        thread.setDaemon(true);
        thread.start();
        thread.join(TimeUnit.SECONDS.toMillis(LIMIT_SECONDS));
        if (thread.isAlive()) {
          // never start the reversed round beside a round still running: the two would deadlock
          errors.record("startup", "warmup", "a warm-up round did not end in time");
          return null;
        }
      }
      if (script.failure != null) {
        errors.record("startup", "warmup", script.failure);
        return null; // a half-played script is nothing to rehearse a report on
      }
      return scratch;
    } catch (Throwable failure) {
      errors.record("startup", "warmup", failure);
      return null;
    }
  }

  /** The events, on objects shared by both rounds. */
  private static final class Script {
    private final AgentEventSink sink;
    private final int site;
    private final int field;
    private final int elements;
    private final Object first = new Object();
    private final Object second = new Object();
    private final ReentrantLock lock = new ReentrantLock();
    private final ReentrantReadWriteLock readWrite = new ReentrantReadWriteLock();
    private final long[] values = new long[4];
    private volatile Throwable failure;

    Script(AgentContext scratch) {
      this.sink = new AgentEventSink(scratch);
      this.site =
          scratch.sites().register(Script.class.getName(), "play", "HookWarmup.java", 1, null);
      this.field = scratch.fields().register(Script.class.getName(), "value", false);
      this.elements =
          scratch
              .fields()
              .registerArray(Script.class.getName(), "values[]", FieldRegistry.Kind.ARRAY_IN_FIELD);
      sink.lockCreated(lock, site);
    }

    void play(boolean reversed) {
      try {
        monitors(reversed ? second : first, reversed ? first : second);
        locks();
        sharedState();
        waits();
      } catch (Throwable thrown) {
        failure = thrown;
      }
    }

    private void monitors(Object outer, Object inner) {
      synchronized (outer) {
        sink.monitorEnter(outer, site);
        synchronized (inner) {
          sink.monitorEnter(inner, site);
          sink.fieldAccess(this, field, site, true);
          sink.monitorExit(inner, site);
        }
        sink.monitorExit(outer, site);
      }
      synchronized (this) {
        sink.syncMethodEnter(this, site);
        sink.fieldAccess(this, field, site, false);
        sink.syncMethodExit(site);
      }
    }

    private void locks() {
      sink.lockRequested(lock, site, EventSink.MODE_BLOCKING);
      lock.lock();
      try {
        sink.lockAcquired(lock, site, EventSink.MODE_BLOCKING);
        sink.fieldAccess(this, field, site, true);
      } finally {
        sink.lockReleased(lock, site, 0);
        lock.unlock();
      }
      ReentrantReadWriteLock.ReadLock read = readWrite.readLock();
      sink.lockRequested(read, site, EventSink.MODE_BLOCKING);
      read.lock();
      try {
        sink.lockAcquired(read, site, EventSink.MODE_BLOCKING);
        sink.fieldAccess(this, field, site, false);
      } finally {
        sink.lockReleased(read, site, 0);
        read.unlock();
      }
    }

    private void sharedState() {
      sink.fieldAccess(this, field, site, true);
      sink.fieldAccess(this, field, site, false);
      sink.volatileAccess(this, field, true);
      sink.volatileAccess(this, field, false);
      sink.arrayAccess(values, 1, elements, site, true);
      sink.arrayAccess(values, 1, elements, site, false);
      sink.syncAction(values, SyncOp.CONCURRENT_BEFORE, site, null);
      sink.syncAction(values, SyncOp.CONCURRENT_AFTER, site, null);
    }

    private void waits() {
      synchronized (first) {
        sink.monitorEnter(first, site);
        sink.syncAction(first, SyncOp.OBJECT_NOTIFY, site, null);
        sink.beforeBlocking(first, SyncOp.OBJECT_TIMED_WAIT, site);
        sink.afterBlocking(first, SyncOp.OBJECT_TIMED_WAIT, site, true);
        sink.monitorExit(first, site);
      }
    }
  }
}
