package io.lockwatch.agent.runtime.race;

import io.lockwatch.agent.runtime.lockorder.LockNode;
import java.util.Arrays;

/**
 * A field's {@link LockedAccess} slots with their locks beside them, never changed once published
 * (a new lock makes a new one). The locks are read at every access inside a section while the slots
 * are written by their locks' holders on other cores: a search that reads only this array and the
 * one matching slot touches no line another core is writing.
 */
final class LockedSlots {
  private final LockNode[] locks;
  private final LockedAccess[] slots;

  private LockedSlots(LockNode[] locks, LockedAccess[] slots) {
    this.locks = locks;
    this.slots = slots;
  }

  /** One slot, for {@code lock}. */
  static LockedSlots of(LockedAccess slot) {
    return new LockedSlots(new LockNode[] {slot.lock}, new LockedAccess[] {slot});
  }

  /** The slot of {@code lock}, or null. */
  LockedAccess find(LockNode lock) {
    LockNode[] keys = locks;
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] == lock) {
        return slots[i];
      }
    }
    return null;
  }

  int size() {
    return locks.length;
  }

  /** These slots and {@code slot}. */
  LockedSlots with(LockedAccess slot) {
    int n = locks.length;
    LockNode[] grownLocks = Arrays.copyOf(locks, n + 1);
    LockedAccess[] grownSlots = Arrays.copyOf(slots, n + 1);
    grownLocks[n] = slot.lock;
    grownSlots[n] = slot;
    return new LockedSlots(grownLocks, grownSlots);
  }

  /** A deep copy: the same locks, each slot copied (for a shadow taken over by another). */
  LockedSlots copy() {
    LockedAccess[] copies = new LockedAccess[slots.length];
    for (int i = 0; i < slots.length; i++) {
      copies[i] = slots[i].copy();
    }
    return new LockedSlots(locks, copies);
  }
}
