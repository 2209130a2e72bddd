package io.lockwatch.agent.report;

import io.lockwatch.agent.runtime.lockorder.HeldLocks;
import io.lockwatch.agent.runtime.lockorder.LockNames;
import io.lockwatch.agent.runtime.lockorder.LockNode;
import io.lockwatch.agent.runtime.race.LockSet;
import io.lockwatch.bridge.EventSink;
import java.util.ArrayList;
import java.util.List;

/** How locks and acquisition modes are written in the report (lock names and mode words). */
final class LockReportText {
  private LockReportText() {}

  /** The readable names of some locks, in order. */
  static List<String> names(LockNode[] locks) {
    List<String> names = new ArrayList<>(locks.length);
    for (LockNode node : locks) {
      names.add(LockNames.name(node));
    }
    return names;
  }

  /**
   * The readable names of the locks held at an access, in order; a lock held only for reading says
   * so ({@code "... (read)"}), since a read lock does not order two readers.
   */
  static List<String> names(LockSet locks) {
    List<String> names = new ArrayList<>(locks.size());
    for (int i = 0; i < locks.size(); i++) {
      String name = LockNames.name(locks.node(i));
      names.add(locks.readOnly(i) ? name + " (read)" : name);
    }
    return names;
  }

  /** {@code exclusive}, {@code read}, {@code write} or {@code timed}. */
  static String mode(byte share, byte mode) {
    if (mode == EventSink.MODE_TIMED) {
      return "timed";
    }
    return switch (share) {
      case HeldLocks.READ -> "read";
      case HeldLocks.WRITE -> "write";
      default -> "exclusive";
    };
  }
}
