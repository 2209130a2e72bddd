package io.lockwatch.agent.runtime.race;

import io.lockwatch.agent.runtime.hb.CriticalSection;
import io.lockwatch.agent.runtime.hb.OpenSections;
import io.lockwatch.agent.runtime.hb.ThreadClock;
import io.lockwatch.agent.runtime.hb.WcpOrder;
import java.util.Arrays;

/**
 * WCP's rule (a) at an access inside critical sections ({@code races=predict}): for each weak lock
 * held, the access is ordered after the last release of a section on that lock (by another thread)
 * that made a conflicting access to the same field, then the shadow remembers this section.
 *
 * <p>A shadow keeps at most {@link #MAX_LOCKS} locks. An access under one more is ordered after its
 * lock's last release, as if all earlier sections on it conflicted: more order than WCP, never
 * less, counted as an incomplete prediction ({@link WcpOrder#incomplete()}).
 */
final class ConflictingSections {
  static final int MAX_LOCKS = WcpOrder.LOCKS_PER_FIELD;

  private ConflictingSections() {}

  /** Rule (a) for one access by {@code thread}, which is inside at least one section. */
  static void order(ThreadClock thread, FieldShadow shadow, boolean write) {
    OpenSections open = thread.sections();
    for (int i = 0; i < open.size(); i++) {
      CriticalSection current = open.get(i);
      LockedAccess slot = slotOf(shadow, current);
      if (slot == null) {
        WcpOrder.orderAfterLastRelease(thread, open.clockAt(i));
        continue;
      }
      WcpOrder.orderAfter(thread, LockedAccess.byOther(slot.write, slot.writeBefore, thread));
      if (write) {
        WcpOrder.orderAfter(thread, LockedAccess.byOther(slot.read, slot.readBefore, thread));
        slot.wrote(current);
      } else {
        slot.read(current);
      }
    }
  }

  /** The shadow's slot for the section's lock, added if there is room; null if there is none. */
  private static LockedAccess slotOf(FieldShadow shadow, CriticalSection section) {
    LockedAccess[] slots = shadow.locked;
    if (slots != null) {
      for (LockedAccess slot : slots) {
        if (slot.lock == section.lock()) {
          return slot;
        }
      }
      if (slots.length == MAX_LOCKS) {
        return null; // slots are only ever added: a full shadow stays full
      }
    }
    synchronized (shadow) { // other threads may add other locks' slots at the same time
      slots = shadow.locked;
      int length = slots == null ? 0 : slots.length;
      for (int i = 0; i < length; i++) {
        if (slots[i].lock == section.lock()) {
          return slots[i];
        }
      }
      if (length == MAX_LOCKS) {
        return null;
      }
      LockedAccess slot = new LockedAccess(section.lock());
      LockedAccess[] grown = slots == null ? new LockedAccess[1] : Arrays.copyOf(slots, length + 1);
      grown[length] = slot;
      shadow.locked = grown;
      return slot;
    }
  }
}
