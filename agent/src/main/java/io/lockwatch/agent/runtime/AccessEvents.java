package io.lockwatch.agent.runtime;

import io.lockwatch.agent.runtime.hb.HappensBefore;
import io.lockwatch.agent.runtime.hb.SyncClock;
import io.lockwatch.agent.runtime.race.RaceDetector;

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
    if (races == null) {
      return;
    }
    ThreadState state = enter();
    if (state == null) {
      return;
    }
    try {
      races.fieldHandles().created(handle, holder, name, isStatic);
    } catch (Throwable failure) {
      failed("fieldHandle", failure);
    } finally {
      state.busy = false;
    }
  }

  void fieldOffset(Class<?> declaring, String name, long offset) {
    if (races == null) {
      return;
    }
    ThreadState state = enter();
    if (state == null) {
      return;
    }
    try {
      races.fieldHandles().offset(declaring, name, offset);
    } catch (Throwable failure) {
      failed("fieldOffset", failure);
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
