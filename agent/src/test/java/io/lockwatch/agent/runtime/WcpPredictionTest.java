package io.lockwatch.agent.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.lockwatch.agent.runtime.hb.WcpOrder;
import io.lockwatch.agent.runtime.lockorder.LockNode;
import io.lockwatch.agent.runtime.race.RaceRecords;
import io.lockwatch.bridge.EventSink;
import io.lockwatch.bridge.SyncOp;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code races=predict} (WCP) on traces written out event by event, each step on a named thread in
 * the order given: the rules of Kini, Mathur and Viswanathan (PLDI 2017) one by one, each with the
 * verdict the paper's definitions give, and a twin whose verdict is the opposite, so that a rule
 * left out (or applied where it does not belong) fails a test.
 */
class WcpPredictionTest {
  private static final int X = 21;
  private static final int Y = 22;
  private static final int Z = 23;

  private final AgentContext context =
      new AgentContext(new AgentContext.Settings(1000, 8, true, true));
  private final RaceRecords races = context.races();
  private final AgentEventSink sink = new AgentEventSink(context);
  private final int site =
      context.sites().register("com.example.Ledger", "post", "Ledger.java", 7, null);
  private final Object data = new Object();
  private final ReentrantLock l = new ReentrantLock();
  private final ReentrantLock m = new ReentrantLock();
  private final ScriptedThreads threads = new ScriptedThreads(3);

  @AfterEach
  void stopThreads() {
    threads.close();
  }

  @Test
  void a_race_behind_an_empty_critical_section_is_predicted_and_names_the_lock() throws Exception {
    threads.on(1, () -> write(X));
    threads.on(1, () -> section(l, () -> {}));
    threads.on(2, () -> section(l, () -> {}));
    threads.on(2, () -> read(X));
    assertThat(races.all())
        .singleElement()
        .satisfies(
            race -> {
              assertThat(race.observed()).as("ordered by l in this run").isFalse();
              assertThat(race.field()).isEqualTo(X);
              assertThat(race.orderedBy()).isNotNull();
              assertThat(race.orderedBy().kind()).isEqualTo(LockNode.KIND_LOCK);
            });
  }

  @Test
  void the_same_trace_is_silent_without_prediction() throws Exception {
    AgentContext plain = new AgentContext(new AgentContext.Settings(1000, 8, true, false));
    AgentEventSink on = new AgentEventSink(plain);
    threads.on(1, () -> on.fieldAccess(data, X, site, true));
    threads.on(1, () -> section(on, l, () -> {}));
    threads.on(2, () -> section(on, l, () -> {}));
    threads.on(2, () -> on.fieldAccess(data, X, site, false));
    assertThat(plain.races().all()).isEmpty();
  }

  @Test
  void rule_a_a_conflicting_critical_section_orders_the_race_away() throws Exception {
    threads.on(1, () -> write(X));
    threads.on(1, () -> section(l, () -> write(Y)));
    threads.on(2, () -> section(l, () -> read(Y))); // reads what t1 wrote: must come after it
    threads.on(2, () -> read(X));
    assertThat(races.all()).isEmpty();
  }

  @Test
  void rule_a_two_reads_do_not_conflict() throws Exception {
    threads.on(1, () -> write(X));
    threads.on(1, () -> section(l, () -> read(Y)));
    threads.on(2, () -> section(l, () -> read(Y)));
    threads.on(2, () -> read(X));
    assertThat(races.all()).singleElement().satisfies(r -> assertThat(r.field()).isEqualTo(X));
  }

  @Test
  void rule_a_a_read_then_a_write_in_one_section_still_sees_the_other_threads_read()
      throws Exception {
    threads.on(1, () -> write(X));
    threads.on(1, () -> section(l, () -> read(Y)));
    threads.on(2, () -> section(l, () -> read(Y)));
    threads.on(2, () -> section(l, () -> write(Y))); // conflicts with t1's read of y
    threads.on(2, () -> read(X));
    assertThat(races.all()).isEmpty();
  }

  @Test
  void rule_b_a_release_after_an_ordered_acquisition_is_ordered() throws Exception {
    // t1: acq(l) acq(m) w(y) rel(m) .. w(x) rel(l);  t2: acq(m) r(y) .. acq(l) rel(l) rel(m) r(x)
    // r(y) orders t1's section on m before t2's, so t1's acquisition of l before t2's release of
    // l (rule a, then composition), so t1's release of l before it (rule b): no race on x.
    threads.on(1, () -> acquire(l));
    threads.on(1, () -> section(m, () -> write(Y)));
    threads.on(2, () -> acquire(m));
    threads.on(2, () -> read(Y));
    threads.on(1, () -> write(X));
    threads.on(1, () -> release(l));
    threads.on(2, () -> section(l, () -> {}));
    threads.on(2, () -> release(m));
    threads.on(2, () -> read(X));
    assertThat(races.all()).isEmpty();
  }

  @Test
  void rule_b_twin_without_the_conflict_on_m_predicts_the_race() throws Exception {
    // the same, with t2 reading z instead of y: nothing orders the sections on m, and x races (or
    // the two lock orders deadlock, which the paper's theorem allows for)
    threads.on(1, () -> acquire(l));
    threads.on(1, () -> section(m, () -> write(Y)));
    threads.on(2, () -> acquire(m));
    threads.on(2, () -> read(Z));
    threads.on(1, () -> write(X));
    threads.on(1, () -> release(l));
    threads.on(2, () -> section(l, () -> {}));
    threads.on(2, () -> release(m));
    threads.on(2, () -> read(X));
    assertThat(races.all())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.field()).isEqualTo(X);
              assertThat(r.observed()).isFalse();
            });
  }

  @Test
  void rule_c_order_composes_through_a_third_thread() throws Exception {
    // t1 w(x), then sections on l that conflict (t1 -> t2), then a volatile hand-off t2 -> t3
    threads.on(1, () -> write(X));
    threads.on(1, () -> section(l, () -> write(Y)));
    threads.on(2, () -> section(l, () -> read(Y)));
    threads.on(2, () -> sink.volatileAccess(data, Z, true));
    threads.on(3, () -> sink.volatileAccess(data, Z, false));
    threads.on(3, () -> write(X));
    assertThat(races.all()).isEmpty();
  }

  @Test
  void a_volatile_hand_off_stays_silent_whatever_locks_do() throws Exception {
    threads.on(1, () -> write(X));
    threads.on(1, () -> section(l, () -> {}));
    threads.on(1, () -> sink.volatileAccess(data, Z, true));
    threads.on(2, () -> sink.volatileAccess(data, Z, false));
    threads.on(2, () -> section(l, () -> {}));
    threads.on(2, () -> write(X));
    assertThat(races.all()).isEmpty();
  }

  @Test
  void an_executor_hand_off_stays_silent() throws Exception {
    Object task = new Object();
    threads.on(1, () -> write(X));
    threads.on(1, () -> sink.syncAction(task, SyncOp.TASK_SUBMIT, site, null));
    threads.on(2, () -> sink.syncAction(task, SyncOp.TASK_START, site, null));
    threads.on(2, () -> section(l, () -> write(X)));
    assertThat(races.all()).isEmpty();
  }

  @Test
  void a_monitor_jdk_code_takes_keeps_its_order_whole() throws Exception {
    Object vector = new Object(); // say, a Vector: its sections touch fields the agent cannot see
    threads.on(1, () -> write(X));
    threads.on(1, () -> jdkSection(vector, true));
    threads.on(2, () -> jdkSection(vector, true));
    threads.on(2, () -> read(X));
    assertThat(races.all()).isEmpty();
  }

  @Test
  void the_same_monitor_taken_by_application_code_only_is_weak() throws Exception {
    Object monitor = new Object();
    threads.on(1, () -> write(X));
    threads.on(1, () -> jdkSection(monitor, false));
    threads.on(2, () -> jdkSection(monitor, false));
    threads.on(2, () -> read(X));
    assertThat(races.all()).singleElement().satisfies(r -> assertThat(r.observed()).isFalse());
  }

  @Test
  void an_inner_reentrant_release_does_not_end_the_section() throws Exception {
    threads.on(1, () -> acquire(l));
    threads.on(1, () -> section(l, () -> write(Y))); // reentrant: still inside the outer section
    threads.on(1, () -> write(X));
    threads.on(1, () -> release(l));
    threads.on(2, () -> section(l, () -> read(Y)));
    threads.on(2, () -> read(X));
    assertThat(races.all()).isEmpty();
  }

  @Test
  void a_wait_ends_the_section_so_what_it_wrote_orders_the_next_holder() throws Exception {
    Condition changed = l.newCondition();
    threads.on(1, () -> write(X));
    threads.on(1, () -> acquire(l));
    threads.on(1, () -> write(Y));
    threads.on(1, () -> sink.beforeBlocking(changed, SyncOp.CONDITION_AWAIT, site));
    threads.on(2, () -> section(l, () -> read(Y)));
    threads.on(2, () -> read(X));
    threads.on(1, () -> sink.afterBlocking(changed, SyncOp.CONDITION_AWAIT, site, true));
    threads.on(1, () -> release(l));
    assertThat(races.all()).isEmpty();
  }

  @Test
  void a_thread_far_behind_a_busy_lock_still_gets_the_exact_verdict() throws Exception {
    long before = WcpOrder.incomplete();
    threads.on(1, () -> write(X));
    threads.on(1, () -> sections(l, 40));
    threads.on(2, () -> section(l, () -> {}));
    threads.on(2, () -> read(X));
    assertThat(races.all()).singleElement().satisfies(r -> assertThat(r.observed()).isFalse());
    assertThat(WcpOrder.incomplete()).isEqualTo(before);
  }

  @Test
  void a_section_pushed_out_of_the_history_is_assumed_ordered_and_counted() throws Exception {
    long before = WcpOrder.incomplete();
    threads.on(1, () -> section(l, () -> {}));
    threads.on(1, () -> section(m, () -> write(Z)));
    threads.on(1, () -> write(X));
    threads.on(1, () -> sections(l, 100)); // pushes every later section on l out of the history
    threads.on(2, () -> section(m, () -> read(Z))); // now t2 knows t1's first section on l
    threads.on(2, () -> section(l, () -> {}));
    threads.on(2, () -> read(X)); // WCP has this race; the bound orders it
    assertThat(WcpOrder.incomplete()).isGreaterThan(before);
    assertThat(races.all()).as("more order than WCP, never less").isEmpty();
  }

  private void sections(ReentrantLock lock, int count) {
    for (int i = 0; i < count; i++) {
      section(lock, () -> {});
    }
  }

  private void write(int field) {
    sink.fieldAccess(data, field, site, true);
  }

  private void read(int field) {
    sink.fieldAccess(data, field, site, false);
  }

  private void acquire(ReentrantLock lock) {
    sink.lockAcquired(lock, site, EventSink.MODE_BLOCKING);
  }

  private void release(ReentrantLock lock) {
    sink.lockReleased(lock, site, 0);
  }

  private void jdkSection(Object monitor, boolean jdk) {
    sink.monitorEnter(monitor, site, jdk);
    sink.monitorExit(monitor, site);
  }

  private void section(ReentrantLock lock, Runnable body) {
    section(sink, lock, body);
  }

  private void section(EventSink events, ReentrantLock lock, Runnable body) {
    events.lockAcquired(lock, site, EventSink.MODE_BLOCKING);
    body.run();
    events.lockReleased(lock, site, 0);
  }
}
