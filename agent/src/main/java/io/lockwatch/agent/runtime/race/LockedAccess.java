package io.lockwatch.agent.runtime.race;

import io.lockwatch.agent.runtime.hb.CriticalSection;
import io.lockwatch.agent.runtime.hb.ThreadClock;
import io.lockwatch.agent.runtime.lockorder.LockNode;

/**
 * What one weak lock's critical sections last did to one field, for WCP's rule (a): the last
 * section on the lock that read it and the last that wrote it, each with the last one before it by
 * another thread (so a thread finds the latest section of someone else even right after its own).
 * Sections on one lock are ordered by happens-before, so the latest one's release clock covers
 * every older one's. Touched only by the lock's holders: the lock serialises every use.
 */
final class LockedAccess {
  final LockNode lock;
  CriticalSection read;
  CriticalSection readBefore;
  CriticalSection write;
  CriticalSection writeBefore;

  LockedAccess(LockNode lock) {
    this.lock = lock;
  }

  /** The latest section of a thread other than {@code thread}, out of a latest/before pair. */
  static CriticalSection byOther(
      CriticalSection latest, CriticalSection before, ThreadClock thread) {
    return latest == null || !latest.heldBy(thread) ? latest : before;
  }

  /** {@code section} read the field. */
  void read(CriticalSection section) {
    if (read != null && !read.sameOwner(section)) {
      readBefore = read;
    }
    read = section;
  }

  /** {@code section} wrote the field. */
  void wrote(CriticalSection section) {
    if (write != null && !write.sameOwner(section)) {
      writeBefore = write;
    }
    write = section;
  }

  LockedAccess copy() {
    LockedAccess copy = new LockedAccess(lock);
    copy.read = read;
    copy.readBefore = readBefore;
    copy.write = write;
    copy.writeBefore = writeBefore;
    return copy;
  }
}
