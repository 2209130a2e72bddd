package io.lockwatch.agent.runtime.hb;

import io.lockwatch.agent.runtime.lockorder.LockNode;
import java.util.concurrent.atomic.LongAdder;

/**
 * The weak-causally-precedes relation of {@code races=predict} (WCP: Kini, Mathur and Viswanathan,
 * PLDI 2017) at lock acquisitions and releases; its rule (a) at field accesses lives with the
 * shadows (runtime.race). WCP is happens-before without the order a lock gives critical sections
 * that do not conflict:
 *
 * <ul>
 *   <li>(a) a release is WCP-before an access inside a later critical section on the same lock when
 *       its own section made a conflicting access (same field, one a write);
 *   <li>(b) a release is WCP-before a later release on the same lock when its section's acquisition
 *       is WCP-before that release;
 *   <li>(c) WCP composes with happens-before on either side.
 * </ul>
 *
 * <p>Two conflicting accesses unordered by WCP are a race in some correct reordering of this run,
 * or the run holds a predictable deadlock (the paper's soundness theorem). Every order that is not
 * a weak lock's (start, join, volatiles, the {@code java.util.concurrent} contracts, semaphores,
 * read-write and stamped locks, whose modes WCP's rules do not cover) is kept whole. Every shortcut
 * this class takes adds order, never removes any.
 *
 * <p>Per thread: C_t (its clock, {@link ThreadClock#wcpVector()}) and its open sections; per lock:
 * P_l in its {@link SyncClock} and its {@link SectionLog}. An acquisition advances the thread's
 * epoch, so an epoch never spans two sets of held locks and FastTrack's same-epoch shortcut stays
 * right for rule (a).
 */
public final class WcpOrder {
  /** How many recent critical sections each weak lock keeps per thread for rule (b). */
  public static final int SECTIONS_KEPT = SectionRing.CAPACITY;

  /** How many threads' sections each weak lock keeps for rule (b). */
  public static final int THREADS_KEPT = SectionLog.THREADS;

  /** How many locks a field's shadow keeps for rule (a). */
  public static final int LOCKS_PER_FIELD = 4;

  private static final LongAdder INCOMPLETE = new LongAdder();

  private WcpOrder() {}

  /**
   * How often a bound cut the analysis short (a thread fell behind a lock's section log, or a field
   * was guarded by more locks than its shadow keeps): some predicted races may be missing.
   */
  public static long incomplete() {
    return INCOMPLETE.sum();
  }

  /** One more shortcut taken (see {@link #incomplete()}). */
  public static void countIncomplete() {
    INCOMPLETE.increment();
  }

  /** After {@code clock}'s lock joined the thread's clocks: a weak lock opens a section. */
  static void acquired(ThreadClock thread, LockNode node, SyncClock clock) {
    OpenSections sections = thread.sections;
    if (sections.reenter(node) || !clock.weak()) {
      return; // reentrant (even from JDK code), or a lock whose order is kept whole
    }
    long after = clock.lastRelease();
    thread.tick(); // the section starts a new epoch
    sections.push(new CriticalSection(node, thread.serial, thread.epoch(), after), clock);
  }

  /**
   * Before {@code clock}'s lock is released (its clock not yet raised): rule (b), then the section
   * closes with the thread's happens-before clock. {@code whole}: a wait, which releases every
   * reentrant level at once.
   */
  static void releasing(ThreadClock thread, LockNode node, SyncClock clock, boolean whole) {
    CriticalSection section = thread.sections.leave(node, whole);
    if (section == null) {
      return;
    }
    SectionLog log = clock.sections;
    if (log == null) {
      log = new SectionLog();
      clock.sections = log;
    }
    if (log.orderRelease(thread)) {
      countIncomplete();
    }
    section.close(thread.sections.releaseCopy(thread), thread.epoch());
    log.append(section);
  }

  /**
   * A wait on {@code node}'s lock ends: the section the wait closed opens again at its depth. The
   * wait may wake up without a notification (spuriously, JLS 17.2.1), so it orders nothing more.
   */
  static void reacquiredAfterWait(ThreadClock thread, LockNode node, SyncClock clock, int depth) {
    if (!clock.weak() || depth == 0) {
      return;
    }
    long after = clock.lastRelease();
    thread.tick();
    thread.sections.push(
        new CriticalSection(node, thread.serial, thread.epoch(), after), clock, depth);
  }

  /** The reentrancy depth of the open section on {@code node}, 0 if none (before a wait). */
  static int depthOf(ThreadClock thread, LockNode node) {
    int i = thread.sections.indexOf(node);
    return i < 0 ? 0 : thread.sections.depthAt(i);
  }

  /**
   * Rule (a)'s fallback for a field whose shadow keeps no more locks: the access is ordered after
   * the lock's last release, as if every earlier section on it conflicted (more order, counted).
   */
  public static void orderAfterLastRelease(ThreadClock thread, SyncClock clock) {
    long last = clock.lastRelease();
    if (last > 0 && thread.knowsWcp(last)) {
      return; // the release summarises the lock's clock, and a clock that covers it covers all
    }
    if (thread.sections.fallbackLearns(clock)) {
      thread.learnWcp(clock.clock());
      countIncomplete(); // counted when it adds order: learning the same clock again adds none
    }
  }

  /** Rule (a): the access is WCP-after {@code section}'s release (closed, by another thread). */
  public static void orderAfter(ThreadClock thread, CriticalSection section) {
    if (section != null && !section.heldBy(thread) && section.closed()) {
      if (!section.knownBy(thread)) { // a section's fields come in a row: learned at the first
        section.teach(thread);
      }
      thread.sections.learned(section);
    }
  }
}
