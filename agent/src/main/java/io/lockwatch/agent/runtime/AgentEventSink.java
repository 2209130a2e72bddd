package io.lockwatch.agent.runtime;

import io.lockwatch.agent.runtime.hb.HappensBefore;
import io.lockwatch.agent.runtime.race.RaceDetector;
import io.lockwatch.bridge.EventSink;
import io.lockwatch.bridge.SyncOp;

/**
 * The agent's side of the bridge: receives every event of instrumented code and dispatches it to
 * lock order, the wait-hazard check and, when race detection is on, happens-before and the race
 * detector, each given its own part of the thread's state; in confirm mode, a request of a lock and
 * thread starts and joins also go to the steering first.
 *
 * <p>The events are handled by concern: {@link MonitorEvents}, {@link LockEvents}, {@link
 * BlockingEvents} and {@link AccessEvents}. Every event runs under the thread's re-entrancy flag
 * ({@link HookEntry}: the agent never observes itself) and every failure is counted in the agent
 * errors and swallowed: nothing reaches the application. Each hook spells that shape out (enter,
 * try, catch, clear the flag) rather than passing its work as a lambda: the work needs the event's
 * arguments, a capturing lambda would allocate on every event, and one shared non-capturing
 * signature for eleven different hooks would hide what each one does.
 */
public final class AgentEventSink extends EventSink {
  private final HookEntry entry;
  private final MonitorEvents monitors;
  private final LockEvents locks;
  private final BlockingEvents blocking;
  private final AccessEvents accesses;

  /** Null when race detection is off: then no happens-before is tracked at all. */
  private final HappensBefore happensBefore;

  /** Dispatches into the stores of {@code context}. */
  public AgentEventSink(AgentContext context) {
    boolean racesOn = context.settings().races();
    this.happensBefore = racesOn ? new HappensBefore(context.locks(), context.lockClocks()) : null;
    if (racesOn) {
      HappensBefore.keepWcpClocks(context.settings().predictRaces());
    }
    RaceDetector races = raceDetector(context);
    this.entry = new HookEntry(happensBefore, context.errors());
    this.monitors = new MonitorEvents(context, entry, happensBefore);
    this.locks = new LockEvents(context, entry, happensBefore, races);
    this.blocking = new BlockingEvents(context, entry, happensBefore);
    this.accesses = new AccessEvents(entry, happensBefore, races);
  }

  /** A race detector for {@code context}'s stores and settings; null when races are off. */
  static RaceDetector raceDetector(AgentContext context) {
    AgentContext.Settings settings = context.settings();
    return settings.races()
        ? new RaceDetector(
            context.fields(),
            context.races(),
            context.stacks(),
            settings.predictRaces(),
            settings.sampleRaces())
        : null;
  }

  /** The calling thread's state, marked busy; null when the agent is already at work in it. */
  ThreadState enter() {
    return entry.enter();
  }

  /** Counted like a hook's failure, under the busy flag (the count runs JDK code). */
  @Override
  public void bridgeFailed(String where, Throwable failure) {
    ThreadState state = enter();
    try {
      entry.failed(where, failure);
    } finally {
      if (state != null) {
        state.busy = false;
      }
    }
  }

  @Override
  public void monitorEnter(Object monitor, int site) {
    monitors.monitorEnter(monitor, site, false);
  }

  /**
   * The same for a monitor JDK code takes ({@code jdk} true; from {@link JdkEventSink}): its
   * critical sections access what the agent does not see.
   */
  void monitorEnter(Object monitor, int site, boolean jdk) {
    monitors.monitorEnter(monitor, site, jdk);
  }

  @Override
  public void monitorExit(Object monitor, int site) {
    monitors.monitorExit(monitor, site);
  }

  @Override
  public void syncMethodEnter(Object monitor, int site) {
    monitors.syncMethodEnter(monitor, site, false);
  }

  /** The same for a synchronized method of the JDK ({@code jdk} true; see monitorEnter). */
  void syncMethodEnter(Object monitor, int site, boolean jdk) {
    monitors.syncMethodEnter(monitor, site, jdk);
  }

  @Override
  public void syncMethodExit(int site) {
    monitors.syncMethodExit(site);
  }

  @Override
  public void lockCreated(Object lock, int site) {
    locks.lockCreated(lock, site);
  }

  @Override
  public void lockRequested(Object lock, int site, int mode) {
    locks.lockRequested(lock, site, mode);
  }

  @Override
  public void lockAcquired(Object lock, int site, int mode) {
    locks.lockAcquired(lock, site, mode);
  }

  @Override
  public void lockReleased(Object lock, int site, int share) {
    locks.lockReleased(lock, site, share);
  }

  @Override
  public void optimisticRead(Object lock, int site) {
    locks.optimisticRead(lock, site);
  }

  @Override
  public void optimisticReadEnded(Object lock, int site) {
    locks.optimisticReadEnded(lock, site);
  }

  @Override
  public void beforeBlocking(Object target, int op, int site) {
    blocking.beforeBlocking(target, op, site);
  }

  @Override
  public void afterBlocking(Object target, int op, int site, boolean completed) {
    blocking.afterBlocking(target, op, site, completed);
  }

  @Override
  public void syncAction(Object target, int op, int site, Object related) {
    if (op == SyncOp.SHUTDOWN_HOOK_ADDED || op == SyncOp.SHUTDOWN_HOOK_REMOVED) {
      ShutdownHookThreads.changed((Thread) target, op == SyncOp.SHUTDOWN_HOOK_ADDED);
      return;
    }
    blocking.syncAction(target, op, site, related);
  }

  @Override
  public void fieldAccess(Object owner, int field, int site, boolean write) {
    accesses.fieldAccess(owner, field, site, write);
  }

  @Override
  public void classInitialiser(int type, boolean starts) {
    accesses.classInitialiser(type, starts);
  }

  @Override
  public void volatileAccess(Object owner, int field, boolean write) {
    accesses.volatileAccess(owner, field, write);
  }

  @Override
  public void arrayAccess(Object array, int index, int name, int site, boolean write) {
    accesses.arrayAccess(array, index, name, site, write);
  }

  @Override
  public void call(
      Object target, Object key, long index, int code, int site, boolean after, boolean outcome) {
    accesses.call(target, key, index, code, site, after, outcome);
  }

  @Override
  public void fieldHandle(Object handle, Class<?> holder, String name, boolean isStatic) {
    accesses.fieldHandle(handle, holder, name, isStatic);
  }

  @Override
  public void fieldOffset(Class<?> declaring, String name, long offset) {
    accesses.fieldOffset(declaring, name, offset);
  }

  @Override
  public boolean ordersByKey(Object map) {
    return happensBefore != null && map != null && HappensBefore.ordersByKey(map);
  }
}
