package io.lockwatch.agent.runtime.race;

import io.lockwatch.agent.runtime.hb.Contracts;
import io.lockwatch.agent.runtime.hb.SyncClock;
import io.lockwatch.agent.runtime.support.StackCapture;
import java.lang.ref.WeakReference;

/**
 * Race detection on field and array element accesses.
 *
 * <p>Default: FastTrack (Flanagan and Freund, PLDI 2009). A field (or element) races when two
 * accesses, one a write, from different threads are unordered by happens-before in this run. The
 * last write is one epoch; reads stay one epoch until they are really concurrent, then become a
 * vector clock. An access in the same epoch as the last one costs two reads and nothing else.
 *
 * <p>{@code races=predict} checks the same accesses against the weak-causally-precedes relation too
 * (WCP, {@link io.lockwatch.agent.runtime.hb.WcpOrder}; rule (a) in {@link ConflictingSections}): a
 * pair that this run ordered only through critical sections that did not conflict is reported as
 * predicted ({@code observedRace: false}): some correct reordering of this very run has the two
 * accesses side by side.
 *
 * <p>What class initialisation publishes is not a race (JLS 12.4.2): while a thread runs the
 * initialiser of class C, its accesses to C's own static fields, and to the fields and elements of
 * objects it first touches there, are skipped. Everything else it does (another class's statics,
 * objects that existed before) is checked like any other access.
 *
 * <p>Updating a shadow: with no lock held, under the shadow's own monitor. Under a lock, without
 * it, which would double the cost of every guarded access: two threads that hold the same lock are
 * serialised by it; two that update one shadow at the same time therefore hold no common lock, and
 * their accesses are unordered (neither can have released what the other acquired while its update
 * is still running), so whatever race either then reports is real. Such concurrent updates can lose
 * an epoch (a race missed) or pair a race with a less precise earlier access; the epochs themselves
 * never tear ({@link FieldShadow}).
 */
public final class RaceDetector {
  private final ShadowTable shadows = new ShadowTable();
  private final FieldRegistry fields;
  private final FastTrack fastTrack;
  private final boolean sample;
  private final FieldHandles fieldHandles;

  /**
   * @param fields the registry of field ids and array names
   * @param races where the first race of each field goes
   * @param stacks captures the stack of the later access
   * @param predict whether the predictive (WCP) mode is on
   * @param sample whether hot access sites are checked in bursts only ({@link AccessSampling})
   */
  public RaceDetector(
      FieldRegistry fields,
      RaceRecords races,
      StackCapture stacks,
      boolean predict,
      boolean sample) {
    this.fields = fields;
    this.fastTrack = new FastTrack(races, stacks, predict);
    this.sample = sample;
    this.fieldHandles = new FieldHandles(fields);
  }

  /** A volatile write (release, before it) or read (acquire, after it). */
  public void volatileAccess(ThreadAccesses thread, Object owner, int field, boolean write) {
    SyncClock clock = volatileClock(thread, owner, field);
    if (write) {
      clock.release(thread.clock);
    } else {
      clock.acquire(thread.clock);
    }
  }

  /** The clock of a volatile field of {@code owner} (null: a static field), made on first use. */
  private SyncClock volatileClock(ThreadAccesses thread, Object owner, int field) {
    FieldShadow shadow =
        owner == null
            ? shadows.staticShadow(field)
            : shadows.objectShadows(thread, owner).get(field);
    SyncClock clock = shadow.volatileClock;
    if (clock == null) {
      synchronized (shadow) {
        if (shadow.volatileClock == null) {
          shadow.volatileClock = new SyncClock(false);
        }
        clock = shadow.volatileClock;
      }
    }
    return clock;
  }

  /** The field updaters and field handles the application made. */
  public FieldHandles fieldHandles() {
    return fieldHandles;
  }

  /**
   * Whether a call of {@code code} is through a field updater, a {@code VarHandle} or {@code
   * Unsafe}.
   */
  public static boolean mayTouchAField(int code) {
    int family = Contracts.familyOf(code);
    return family == Contracts.UPDATER
        || family == Contracts.VARHANDLE
        || family == Contracts.UNSAFE;
  }

  /**
   * For a call through a field updater or a field's {@code VarHandle} ({@code handle}) on {@code
   * object} (the call's first reference argument: a static field's handle has none, and ignores
   * it), or through {@code Unsafe} on {@code object} at the offset {@code index}, the clock of that
   * volatile field, shared with its plain volatile accesses; null for any other call, a handle not
   * known ({@link FieldHandles}), or a call without its object (it throws).
   */
  public SyncClock fieldClockOfHandle(
      ThreadAccesses thread, Object handle, Object object, long index, int code) {
    int family = Contracts.familyOf(code);
    if (family == Contracts.UNSAFE) {
      int field =
          object == null || object.getClass().isArray() ? 0 : fieldHandles.fieldAt(object, index);
      return field == 0 ? null : volatileClock(thread, object, field);
    }
    if (family != Contracts.UPDATER && family != Contracts.VARHANDLE) {
      return null;
    }
    FieldHandles.Named named = fieldHandles.fieldOf(handle);
    if (named == null || (object == null && !named.isStatic())) {
      return null;
    }
    return volatileClock(thread, named.isStatic() ? null : object, named.field());
  }

  /**
   * A weak reference to {@code owner} (null for a static field) to hold an access back with: the
   * shadow table's own entry, so nothing is allocated and the owner is not kept alive.
   */
  public WeakReference<Object> weakOwner(ThreadAccesses thread, Object owner) {
    return owner == null ? null : shadows.objectEntry(thread, owner);
  }

  /** One field access by the calling thread; {@code owner} null for a static field. */
  public void access(ThreadAccesses thread, Object owner, int field, int site, boolean write) {
    thread.fieldAccesses++;
    if (sample && !AccessSampling.checks(thread, site)) {
      return;
    }
    FieldShadow shadow;
    if (owner == null) {
      if (thread.initialisers > 0 && thread.initialises(fields.classOf(field))) {
        return; // the class's own statics, published by its initialisation
      }
      shadow = shadows.staticShadow(field);
    } else {
      ObjectShadows objectShadows = shadows.objectShadows(thread, owner);
      if (objectShadows.bornInInitialiser && thread.initialisers > 0) {
        return; // built by a class initialiser, published by it
      }
      shadow = objectShadows.get(field);
    }
    long epoch = thread.clock.epoch();
    if (shadow.knows(epoch, write)) {
      return; // same epoch: nothing new to learn
    }
    update(thread, owner, field, -1, site, write, shadow, epoch);
  }

  /**
   * One element access; {@code name} is the field-registry id of what the code names the array by.
   */
  public void arrayAccess(
      ThreadAccesses thread, Object array, int index, int name, int site, boolean write) {
    thread.fieldAccesses++;
    if (sample && !AccessSampling.checks(thread, site)) {
      return;
    }
    ArrayShadows elements = shadows.arrayShadows(thread, array);
    if (index >= elements.length || (elements.bornInInitialiser && thread.initialisers > 0)) {
      return; // about to throw, or initialisation
    }
    int known = elements.name;
    if (known != name && ranks(name) > ranks(known)) {
      elements.name = name;
      known = name;
    }
    ArrayShadows.Chunk chunk = elements.chunk(index);
    long epoch = thread.clock.epoch();
    FieldShadow shadow = ChunkAccess.ownShadow(chunk, index);
    if (shadow == null) {
      shadow =
          ChunkAccess.shared(fastTrack, thread, array, known, chunk, index, site, write, epoch);
      if (shadow == null) {
        return; // still shares the chunk's shadow, which already says all
      }
    }
    if (shadow.knows(epoch, write)) {
      return;
    }
    update(thread, array, known, index, site, write, shadow, epoch);
  }

  private int ranks(int name) {
    return name == 0 ? -1 : fields.get(name).kind().ordinal();
  }

  private void update(
      ThreadAccesses thread,
      Object owner,
      int field,
      int index,
      int site,
      boolean write,
      FieldShadow shadow,
      long epoch) {
    if (thread.held.depth() == 0) {
      synchronized (shadow) {
        fastTrack.update(thread, owner, field, index, site, write, shadow, epoch);
      }
    } else {
      fastTrack.update(thread, owner, field, index, site, write, shadow, epoch); // see above
    }
  }
}
