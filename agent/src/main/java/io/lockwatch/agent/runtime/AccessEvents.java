package io.lockwatch.agent.runtime;

import io.lockwatch.agent.runtime.hb.HappensBefore;
import io.lockwatch.agent.runtime.hb.SyncClock;
import io.lockwatch.agent.runtime.race.FieldHandles;
import io.lockwatch.agent.runtime.race.RaceDetector;
import java.util.function.Consumer;

/**
 * Shared state: field, volatile and array element accesses and class initialisers for the race
 * detector, and calls on concurrent objects for happens-before.
 */
final class AccessEvents {
  private final HookEntry entry;

  /** Null when race detection is off. */
  private final HappensBefore happensBefore;

  /** Null when race detection is off. */
  private final RaceDetector races;

  AccessEvents(HookEntry entry, HappensBefore happensBefore, RaceDetector races) {
    this.entry = entry;
    this.happensBefore = happensBefore;
    this.races = races;
  }

  private ThreadState enter() {
    return entry.enter();
  }

  private void failed(String hook, Throwable failure) {
    entry.failed(hook, failure);
  }

  void fieldAccess(Object owner, int field, int site, boolean write) {
    if (races == null) {
      return;
    }
    ThreadState state = enter();
    if (state == null) {
      return;
    }
    try {
      if (!write
          && state.optimisticReads.open()
          && state.optimisticReads.defer(races.weakOwner(state.accesses(), owner), field, site)) {
        return; // checked by its stamp (see OptimisticReads)
      }
      races.access(state.accesses(), owner, field, site, write);
    } catch (Throwable failure) {
      failed("fieldAccess", failure);
    } finally {
      state.busy = false;
    }
  }

  void classInitialiser(int type, boolean starts) {
    if (races == null) {
      return;
    }
    ThreadState state = enter();
    if (state == null) {
      return;
    }
    try {
      state.accesses().classInitialiser(type, starts);
    } catch (Throwable failure) {
      failed("classInitialiser", failure);
    } finally {
      state.busy = false;
    }
  }

  void volatileAccess(Object owner, int field, boolean write) {
    if (races == null) {
      return;
    }
    ThreadState state = enter();
    if (state == null) {
      return;
    }
    try {
      races.volatileAccess(state.accesses(), owner, field, write);
    } catch (Throwable failure) {
      failed("volatileAccess", failure);
    } finally {
      state.busy = false;
    }
  }

  void arrayAccess(Object array, int index, int name, int site, boolean write) {
    if (races == null) {
      return;
    }
    ThreadState state = enter();
    if (state == null) {
      return;
    }
    try {
      races.arrayAccess(state.accesses(), array, index, name, site, write);
    } catch (Throwable failure) {
      failed("arrayAccess", failure);
    } finally {
      state.busy = false;
    }
  }

  void fieldHandle(Object handle, Class<?> holder, String name, boolean isStatic) {
    register("fieldHandle", handles -> handles.created(handle, holder, name, isStatic));
  }

  void fieldOffset(Class<?> declaring, String name, long offset) {
    register("fieldOffset", handles -> handles.offset(declaring, name, offset));
  }

  /** What the application made a handle or offset for: rare, so the lambda may allocate. */
  private void register(String hook, Consumer<FieldHandles> registration) {
    if (races == null) {
      return;
    }
    ThreadState state = enter();
    if (state == null) {
      return;
    }
    try {
      registration.accept(races.fieldHandles());
    } catch (Throwable failure) {
      failed(hook, failure);
    } finally {
      state.busy = false;
    }
  }

  void call(
      Object target, Object key, long index, int code, int site, boolean after, boolean outcome) {
    if (happensBefore == null) {
      return;
    }
    ThreadState state = enter();
    if (state == null) {
      return;
    }
    try {
      SyncClock field =
          races != null && RaceDetector.mayTouchAField(code)
              ? races.fieldClockOfHandle(state.accesses(), target, key, index, code)
              : null;
      if (field != null) {
        happensBefore.callOnField(state.clock(), field, code, after, outcome);
      } else {
        happensBefore.call(state.clock(), target, key, index, code, after, outcome);
      }
    } catch (Throwable failure) {
      failed("call", failure);
    } finally {
      state.busy = false;
    }
  }
}
