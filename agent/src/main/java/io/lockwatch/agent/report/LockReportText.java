package io.lockwatch.agent.report;

import io.lockwatch.agent.runtime.lockorder.HeldLocks;
import io.lockwatch.agent.runtime.lockorder.LockNames;
import io.lockwatch.agent.runtime.lockorder.LockNode;
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
