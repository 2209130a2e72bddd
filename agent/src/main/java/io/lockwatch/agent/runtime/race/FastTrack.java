package io.lockwatch.agent.runtime.race;

import io.lockwatch.agent.runtime.hb.CriticalSection;
import io.lockwatch.agent.runtime.hb.ThreadClock;
import io.lockwatch.agent.runtime.hb.ThreadClocks;
import io.lockwatch.agent.runtime.hb.VectorClock;
import io.lockwatch.agent.runtime.lockorder.LockNode;
import io.lockwatch.agent.runtime.support.Frame;
import io.lockwatch.agent.runtime.support.StackCapture;
import java.util.List;

/**
 * FastTrack's rules on one shadow (Flanagan and Freund, PLDI 2009), and, when {@code
 * races=predict}, the same rules on the weak-causally-precedes relation ({@link
 * io.lockwatch.agent.runtime.hb.WcpOrder}): checks an access against the shadow's last write and
 * reads, records the first race of each field (or array), and moves the shadow on. A pair unordered
 * by happens-before is an observed race; one ordered by happens-before but not by WCP is a
 * predicted one. The caller makes sure the shadow is not updated by two threads at once unless
 * their accesses are unordered anyway (see {@link RaceDetector}).
 */
final class FastTrack {
  private final RaceRecords races;
  private final StackCapture stacks;
  private final boolean predict;

  FastTrack(RaceRecords races, StackCapture stacks, boolean predict) {
    this.races = races;
    this.stacks = stacks;
    this.predict = predict;
  }

  /** Whether the predictive mode (WCP) is on. */
  boolean predicts() {
    return predict;
  }

  /** {@code field} is the field's id or the array's name; {@code index} -1 for a field. */
  void update(
      ThreadAccesses thread,
      Object owner,
      int field,
      int index,
      int site,
      boolean write,
      FieldShadow shadow,
      long epoch) {
    thread.clock.accessed();
    if (predict && thread.clock.sections().size() > 0) {
      ConflictingSections.order(thread.clock, shadow, write); // rule (a), before the checks
    }
    if (write) {
      onWrite(thread, owner, field, index, site, shadow, epoch);
    } else {
      onRead(thread, owner, field, index, site, shadow, epoch);
    }
  }

  /**
   * Whether an untouched shadow, after this access, would equal {@code shared} exactly (see {@link
   * ArrayShadows}): then the element can keep sharing it.
   */
  boolean firstAccessGives(
      ThreadAccesses t, FieldShadow shared, int site, boolean write, long epoch) {
    if (shared.sharedReads != null
        || (predict && (shared.locked != null || t.clock.sections().size() > 0))) {
      return false;
    }
    if (write) {
      return shared.write() == epoch
          && shared.lastRead == 0
          && shared.writeSite == site
          && shared.writeLocks == t.lockSet();
    }
    return shared.read() == epoch
        && shared.write() == 0
        && shared.readSite == site
        && shared.readLocks == t.lockSet();
  }

  private void onRead(
      ThreadAccesses t, Object owner, int field, int index, int site, FieldShadow s, long epoch) {
    ThreadClock clock = t.clock;
    long w = s.write();
    if (w != 0 && !clock.knows(w)) {
      race(t, owner, field, index, site, false, w, true, s.writeSite, s.writeLocks, true);
    } else if (predict && w != 0 && !clock.knowsWcp(w)) {
      race(t, owner, field, index, site, false, w, true, s.writeSite, s.writeLocks, false);
    }
    LockSet held = t.lockSet();
    SharedReads shared = s.sharedReads;
    if (shared == null) {
      long r = s.read();
      if (r == 0 || (predict ? clock.knowsWcp(r) : clock.knows(r))) {
        s.read(epoch);
      } else {
        // reads become concurrent (or, predicting, WCP-unordered): keep each reader's epoch
        shared = new SharedReads(Math.max(VectorClock.tidOf(r), clock.tid()) + 1);
        shared.remember(r, s.readSite, s.readLocks);
        s.sharedReads = shared;
        s.read(0);
      }
    }
    if (shared != null) {
      shared.remember(epoch, site, held);
    }
    s.readSite = site;
    s.lastRead = epoch;
    s.readLocks = held;
  }

  private void onWrite(
      ThreadAccesses t, Object owner, int field, int index, int site, FieldShadow s, long epoch) {
    ThreadClock clock = t.clock;
    long w = s.write();
    long r = s.read();
    SharedReads shared = s.sharedReads;
    if (w != 0 && !clock.knows(w)) {
      race(t, owner, field, index, site, true, w, true, s.writeSite, s.writeLocks, true);
    } else if (readRaces(t, owner, field, index, site, s, shared, r, false)) {
      // an observed race says more than a predicted one
    } else if (predict && w != 0 && !clock.knowsWcp(w)) {
      race(t, owner, field, index, site, true, w, true, s.writeSite, s.writeLocks, false);
    } else if (predict) {
      readRaces(t, owner, field, index, site, s, shared, r, true);
    }
    s.write(epoch);
    s.writeSite = site;
    s.writeLocks = t.lockSet();
    if (shared != null) {
      s.sharedReads = null;
      s.read(0); // every read was checked against this write
    }
  }

  /**
   * Checks a write against the reads the shadow keeps, by happens-before ({@code wcp} false: an
   * observed race) or by WCP (a predicted one); true when one raced.
   */
  private boolean readRaces(
      ThreadAccesses t,
      Object owner,
      int field,
      int index,
      int site,
      FieldShadow s,
      SharedReads shared,
      long r,
      boolean wcp) {
    ThreadClock clock = t.clock;
    if (shared != null) {
      long reader = shared.unorderedRead(wcp ? clock.wcpVector() : clock.vector());
      if (reader == 0) {
        return false;
      }
      race(
          t,
          owner,
          field,
          index,
          site,
          true,
          reader,
          false,
          shared.siteOf(reader),
          shared.locksOf(reader),
          !wcp);
      return true;
    }
    if (r == 0 || (wcp ? clock.knowsWcp(r) : clock.knows(r))) {
      return false;
    }
    race(t, owner, field, index, site, true, r, false, s.readSite, s.readLocks, !wcp);
    return true;
  }

  private void race(
      ThreadAccesses t,
      Object owner,
      int field,
      int index,
      int site,
      boolean write,
      long other,
      boolean otherWrite,
      int otherSite,
      LockSet otherLocks,
      boolean observed) {
    if (observed ? races.reportedObserved(field) : races.reported(field)) {
      return;
    }
    List<Frame> stack = stacks.capture();
    RaceRecords.Access earlier =
        new RaceRecords.Access(
            ThreadClocks.nameOf(other),
            otherWrite,
            otherSite,
            otherLocks == null ? LockSet.NONE : otherLocks,
            null);
    RaceRecords.Access later =
        new RaceRecords.Access(Thread.currentThread().getName(), write, site, t.lockSet(), stack);
    String type = owner == null ? null : owner.getClass().getName();
    LockNode orderedBy = null;
    if (!observed) {
      CriticalSection section =
          t.clock.sections().orderedAfter(VectorClock.tidOf(other), VectorClock.timeOf(other));
      orderedBy = section == null ? null : section.lock();
    }
    races.record(
        new RaceRecords.Race(
            field,
            type,
            index,
            earlier,
            later,
            observed,
            orderedBy,
            races.actingIdOfCurrent(),
            ThreadClocks.testOf(other)));
  }
}
