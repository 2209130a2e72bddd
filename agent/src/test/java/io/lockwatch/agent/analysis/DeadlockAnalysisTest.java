package io.lockwatch.agent.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.lockwatch.agent.runtime.lockorder.HeldLocks;
import io.lockwatch.agent.runtime.lockorder.LockNode;
import io.lockwatch.bridge.EventSink;
import org.junit.jupiter.api.Test;

class DeadlockAnalysisTest {
  private final LockOrderScenario s = new LockOrderScenario();

  @Test
  void opposite_order_in_two_threads_is_a_deadlock_even_when_they_never_overlapped() {
    LockNode a = s.lock("A");
    LockNode b = s.lock("B");
    s.thread(1).holding(a, s.site(10)).acquires(b, s.site(11));
    s.thread(2).holding(b, s.site(20)).acquires(a, s.site(21));

    DeadlockAnalysis.Result result = s.analyse();

    assertThat(result.findings()).hasSize(1);
    CycleFinding finding = result.findings().get(0);
    assertThat(finding.verdict()).isEqualTo(CycleVerdict.DEADLOCK);
    assertThat(finding.threadName(0)).isNotEqualTo(finding.threadName(1));
    assertThat(finding.fingerprint()).startsWith("cycle:");
  }

  @Test
  void consistent_order_has_no_cycle() {
    LockNode a = s.lock("A");
    LockNode b = s.lock("B");
    s.thread(1).holding(a, s.site(10)).acquires(b, s.site(11));
    s.thread(2).holding(a, s.site(10)).acquires(b, s.site(11));

    DeadlockAnalysis.Result result = s.analyse();

    assertThat(result.findings()).isEmpty();
    assertThat(result.cyclesFound()).isZero();
  }

  @Test
  void one_thread_taking_both_orders_cannot_deadlock_with_itself() {
    LockNode a = s.lock("A");
    LockNode b = s.lock("B");
    s.thread(1).holding(a, s.site(10)).acquires(b, s.site(11));
    s.thread(1).holding(b, s.site(20)).acquires(a, s.site(21));

    DeadlockAnalysis.Result result = s.analyse();

    assertThat(result.findings()).isEmpty();
    assertThat(result.filtered()).containsEntry("sameThread", 1L);
  }

  @Test
  void a_common_gate_lock_keeps_the_threads_apart() {
    LockNode gate = s.lock("Gate");
    LockNode a = s.lock("A");
    LockNode b = s.lock("B");
    s.thread(1).holding(gate, s.site(5)).holding(a, s.site(10)).acquires(b, s.site(11));
    s.thread(2).holding(gate, s.site(6)).holding(b, s.site(20)).acquires(a, s.site(21));

    DeadlockAnalysis.Result result = s.analyse();

    assertThat(result.findings()).isEmpty();
    assertThat(result.filtered()).containsEntry("gateLock", 1L);
  }

  @Test
  void a_gate_held_only_in_read_mode_does_not_protect() {
    LockNode gate = s.readWriteLock();
    LockNode a = s.lock("A");
    LockNode b = s.lock("B");
    s.thread(1)
        .holding(gate, s.site(5), HeldLocks.READ)
        .holding(a, s.site(10))
        .acquires(b, s.site(11));
    s.thread(2)
        .holding(gate, s.site(6), HeldLocks.READ)
        .holding(b, s.site(20))
        .acquires(a, s.site(21));

    assertThat(s.analyse().findings())
        .extracting(CycleFinding::verdict)
        .containsExactly(CycleVerdict.DEADLOCK);
  }

  @Test
  void when_one_variant_is_gated_and_another_is_not_the_cycle_is_reported() {
    LockNode gate = s.lock("Gate");
    LockNode a = s.lock("A");
    LockNode b = s.lock("B");
    s.thread(1).holding(gate, s.site(5)).holding(a, s.site(10)).acquires(b, s.site(11));
    s.thread(2).holding(gate, s.site(6)).holding(b, s.site(20)).acquires(a, s.site(21));
    s.thread(3).holding(b, s.site(30)).acquires(a, s.site(31));

    assertThat(s.analyse().findings()).hasSize(1);
  }

  @Test
  void read_only_cycle_without_writer_is_safe_and_with_writer_is_reported_lower() {
    LockNode x = s.readWriteLock();
    LockNode y = s.readWriteLock();
    byte read = HeldLocks.READ;
    byte blocking = (byte) EventSink.MODE_BLOCKING;
    s.thread(1).holding(x, s.site(10), read).acquires(y, s.site(11), read, blocking);
    s.thread(2).holding(y, s.site(20), read).acquires(x, s.site(21), read, blocking);

    DeadlockAnalysis.Result safe = s.analyse();
    assertThat(safe.findings()).isEmpty();
    assertThat(safe.filtered()).containsEntry("readOnly", 1L);

    markWriteLocked(x);
    assertThat(s.analyse().findings())
        .as("a writer queued on x alone cannot block the reader waiting for y")
        .isEmpty();

    markWriteLocked(y);
    DeadlockAnalysis.Result withWriter = s.analyse();
    assertThat(withWriter.findings())
        .extracting(CycleFinding::verdict)
        .containsExactly(CycleVerdict.READ_WRITE);
    assertThat(CycleVerdict.READ_WRITE.severity()).isEqualTo("medium");
  }

  @Test
  void a_write_acquisition_in_the_cycle_makes_it_a_real_deadlock() {
    LockNode x = s.readWriteLock();
    LockNode y = s.readWriteLock();
    byte blocking = (byte) EventSink.MODE_BLOCKING;
    s.thread(1)
        .holding(x, s.site(10), HeldLocks.READ)
        .acquires(y, s.site(11), HeldLocks.WRITE, blocking);
    s.thread(2)
        .holding(y, s.site(20), HeldLocks.READ)
        .acquires(x, s.site(21), HeldLocks.WRITE, blocking);

    assertThat(s.analyse().findings())
        .extracting(CycleFinding::verdict)
        .containsExactly(CycleVerdict.DEADLOCK);
  }

  @Test
  void timed_try_lock_makes_a_stall() {
    LockNode a = s.lock("A");
    LockNode b = s.lock("B");
    s.thread(1)
        .holding(a, s.site(10))
        .acquires(b, s.site(11), HeldLocks.EXCLUSIVE, (byte) EventSink.MODE_TIMED);
    s.thread(2).holding(b, s.site(20)).acquires(a, s.site(21));

    assertThat(s.analyse().findings())
        .extracting(CycleFinding::verdict)
        .containsExactly(CycleVerdict.STALL);
  }

  @Test
  void three_threads_three_locks() {
    LockNode a = s.lock("A");
    LockNode b = s.lock("B");
    LockNode c = s.lock("C");
    s.thread(1).holding(a, s.site(10)).acquires(b, s.site(11));
    s.thread(2).holding(b, s.site(20)).acquires(c, s.site(21));
    s.thread(3).holding(c, s.site(30)).acquires(a, s.site(31));

    DeadlockAnalysis.Result result = s.analyse();
    assertThat(result.findings()).hasSize(1);
    assertThat(result.findings().get(0).edges()).hasSize(3);
  }

  @Test
  void instance_cycles_of_the_same_code_fold_into_one_finding_with_a_count() {
    int outer = s.site(41);
    int inner = s.site(42);
    for (int pair = 0; pair < 5; pair++) {
      LockNode a = s.lock("Account");
      LockNode b = s.lock("Account");
      s.thread(1).holding(a, outer).acquires(b, inner);
      s.thread(2).holding(b, outer).acquires(a, inner);
    }

    DeadlockAnalysis.Result result = s.analyse();

    assertThat(result.cyclesFound()).isEqualTo(5);
    assertThat(result.findings()).hasSize(1);
    assertThat(result.findings().get(0).occurrences()).isEqualTo(5);
  }

  @Test
  void fingerprint_depends_on_sites_not_on_lock_identity_or_rotation() {
    LockOrderScenario other = new LockOrderScenario();
    LockNode a = s.lock("A");
    LockNode b = s.lock("B");
    s.thread(1).holding(a, s.site(10)).acquires(b, s.site(11));
    s.thread(2).holding(b, s.site(20)).acquires(a, s.site(21));
    other.lock("padding");
    LockNode b2 = other.lock("B");
    LockNode a2 = other.lock("A");
    other.thread(7).holding(b2, other.site(20)).acquires(a2, other.site(21));
    other.thread(8).holding(a2, other.site(10)).acquires(b2, other.site(11));

    assertThat(other.analyse().findings().get(0).fingerprint())
        .isEqualTo(s.analyse().findings().get(0).fingerprint());
  }

  @Test
  void collected_locks_that_cannot_close_a_cycle_are_pruned() {
    LockNode held = s.lock("Long-lived");
    LockNode churned = s.lock("Short-lived");
    s.thread(1).holding(held, s.site(10)).acquires(churned, s.site(11));
    assertThat(s.graph.edgeCount()).isEqualTo(1);

    markCollected(churned);
    s.graph.lockCollected(churned);

    assertThat(s.graph.edgeCount()).isZero();
  }

  private static void markWriteLocked(LockNode node) {
    invoke(node, "markWriteLocked");
  }

  private static void markCollected(LockNode node) {
    invoke(node, "markCollected");
  }

  private static void invoke(LockNode node, String method) {
    try {
      var m = LockNode.class.getDeclaredMethod(method);
      m.setAccessible(true);
      m.invoke(node);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }
}
