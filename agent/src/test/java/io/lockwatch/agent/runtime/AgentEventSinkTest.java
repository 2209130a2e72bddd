package io.lockwatch.agent.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.lockwatch.agent.analysis.DeadlockAnalysis;
import io.lockwatch.agent.analysis.RunFacts;
import io.lockwatch.agent.runtime.lockorder.EdgeVariant;
import io.lockwatch.agent.runtime.lockorder.HeldLocks;
import io.lockwatch.agent.runtime.lockorder.LockKeys;
import io.lockwatch.agent.runtime.lockorder.LockOrderFacts;
import io.lockwatch.agent.runtime.lockorder.LockWaits;
import io.lockwatch.agent.runtime.support.AgentErrors;
import io.lockwatch.agent.runtime.support.RuntimeCounters;
import io.lockwatch.agent.runtime.support.SiteRegistry;
import io.lockwatch.bridge.EventSink;
import io.lockwatch.bridge.SyncOp;
import io.lockwatch.engine.deadlock.DeadlockFinding;
import io.lockwatch.engine.deadlock.SearchLimits;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.junit.jupiter.api.Test;

/** Drives the hot path directly, the way instrumented code does, and inspects the facts. */
class AgentEventSinkTest {
  private final AgentContext context =
      new AgentContext(new AgentContext.Settings(1000, 8, false, false));
  private final SiteRegistry sites = context.sites();
  private final LockOrderFacts graph = context.lockOrder();
  private final RuntimeCounters counters = context.counters();
  private final AgentErrors errors = context.errors();
  private final AgentEventSink recorder = new AgentEventSink(context);
  private final int outer =
      sites.register("com.example.Bank", "transfer", "Bank.java", 41, "local variable from");
  private final int inner =
      sites.register("com.example.Bank", "transfer", "Bank.java", 42, "local variable to");

  @Test
  void nested_monitors_make_one_edge_and_repeats_are_free() throws Exception {
    Object a = new Object();
    Object b = new Object();
    inThread(
        () -> {
          for (int i = 0; i < 100; i++) {
            recorder.monitorEnter(a, outer);
            recorder.monitorEnter(b, inner);
            recorder.monitorExit(b, inner);
            recorder.monitorExit(a, outer);
          }
          assertThat(ThreadState.current().locks().held().depth())
              .as("every exit pops its entry")
              .isZero();
          assertThat(ThreadState.current().locks().acquisitions()).isEqualTo(200);
        });
    assertThat(graph.edgeCount()).isEqualTo(1);
    assertThat(counters.newChains.sum())
        .as("only the first nested acquisition is new")
        .isEqualTo(1);
    assertThat(errors.total()).isZero();
  }

  @Test
  void opposite_orders_in_two_threads_are_a_cycle_with_stacks() throws Exception {
    Object a = new Object();
    Object b = new Object();
    inThread(() -> nest(a, b));
    inThread(() -> nest(b, a));

    DeadlockAnalysis.Result result = analyse();

    assertThat(result.search().findings()).hasSize(1);
    DeadlockFinding finding = result.search().findings().get(0);
    EdgeVariant variant = result.facts().instanceFact(finding.witness().get(0).id()).variant();
    assertThat(variant.acquiredStack()).isNotEmpty();
    assertThat(variant.acquiredStack().get(0).className())
        .as("agent frames are left out")
        .doesNotStartWith("io.lockwatch.agent.runtime.AgentEventSink");
  }

  @Test
  void reentrant_acquisition_adds_no_edge() throws Exception {
    Object a = new Object();
    inThread(
        () -> {
          recorder.monitorEnter(a, outer);
          recorder.monitorEnter(a, inner);
          recorder.monitorExit(a, inner);
          recorder.monitorExit(a, outer);
          assertThat(ThreadState.current().locks().reentrantAcquisitions()).isEqualTo(1);
        });
    assertThat(graph.edgeCount()).isZero();
  }

  @Test
  void try_lock_without_timeout_gets_no_incoming_edge_but_its_outgoing_edges_count()
      throws Exception {
    ReentrantLock a = new ReentrantLock();
    ReentrantLock b = new ReentrantLock();
    ReentrantLock c = new ReentrantLock();
    inThread(
        () -> {
          recorder.lockAcquired(a, outer, EventSink.MODE_BLOCKING);
          recorder.lockAcquired(b, inner, EventSink.MODE_TRY);
          recorder.lockAcquired(c, inner, EventSink.MODE_BLOCKING);
        });
    assertThat(graph.edgeCount()).as("a->c and b->c, nothing into b").isEqualTo(2);
    assertThat(context.lockClassOrder().snapshot())
        .as("the try acquisition a->b is a lock-class fact, with its wait")
        .anySatisfy(e -> assertThat(e.shape().waitKind()).isEqualTo(LockWaits.TRY));
  }

  @Test
  void hand_over_hand_release_keeps_the_held_stack_right() throws Exception {
    ReentrantLock a = new ReentrantLock();
    ReentrantLock b = new ReentrantLock();
    ReentrantLock c = new ReentrantLock();
    inThread(
        () -> {
          recorder.lockAcquired(a, outer, EventSink.MODE_BLOCKING);
          recorder.lockAcquired(b, inner, EventSink.MODE_BLOCKING);
          recorder.lockReleased(a, outer, 0);
          recorder.lockAcquired(c, inner, EventSink.MODE_BLOCKING);
          HeldLocks held = ThreadState.current().locks().held();
          assertThat(held.depth()).isEqualTo(2);
          long fromScratch =
              HeldLocks.chain(
                  HeldLocks.chain(
                      new HeldLocks().topChainKey(),
                      held.nodeAt(0),
                      inner,
                      HeldLocks.EXCLUSIVE,
                      (byte) 0),
                  held.nodeAt(1),
                  inner,
                  HeldLocks.EXCLUSIVE,
                  (byte) 0);
          assertThat(held.topChainKey()).isEqualTo(fromScratch);
        });
    assertThat(graph.edgeCount()).as("a->b and b->c, never a->c").isEqualTo(2);
  }

  @Test
  void read_and_write_halves_of_one_lock_are_one_node() throws Exception {
    assertThat(LockKeys.initialise()).isNull();
    ReentrantReadWriteLock rwl = new ReentrantReadWriteLock();
    Object other = new Object();
    inThread(
        () -> {
          recorder.lockAcquired(rwl.readLock(), outer, EventSink.MODE_BLOCKING);
          recorder.monitorEnter(other, inner);
          recorder.monitorExit(other, inner);
          recorder.lockReleased(rwl.readLock(), outer, 0);
          recorder.monitorEnter(other, outer);
          recorder.lockAcquired(rwl.writeLock(), inner, EventSink.MODE_BLOCKING);
        });
    assertThat(context.locks().created()).isEqualTo(2);
    assertThat(graph.edgeCount()).isEqualTo(2);
  }

  private void nest(Object first, Object second) {
    recorder.monitorEnter(first, outer);
    recorder.monitorEnter(second, inner);
    recorder.monitorExit(second, inner);
    recorder.monitorExit(first, outer);
  }

  @Test
  void a_synchronized_method_whose_exit_hook_was_lost_holds_nothing_at_the_next_wait()
      throws Exception {
    Object lost = new Object();
    Object held = new Object();
    Thread done = new Thread(() -> {});
    inThread(
        () -> {
          recorder.syncMethodEnter(lost, outer); // its exit never reaches the agent
          recorder.beforeBlocking(done, SyncOp.THREAD_JOIN, inner);
          recorder.afterBlocking(done, SyncOp.THREAD_JOIN, inner, true);
        });
    assertThat(context.hazards().all()).as("no monitor is held at the join").isEmpty();
    assertThat(errors.total()).as("the lost exit is counted").isEqualTo(1);

    inThread(
        () -> {
          synchronized (held) {
            recorder.syncMethodEnter(held, outer);
            recorder.beforeBlocking(done, SyncOp.THREAD_JOIN, inner);
            recorder.afterBlocking(done, SyncOp.THREAD_JOIN, inner, true);
            recorder.syncMethodExit(outer);
          }
        });
    assertThat(context.hazards().all()).as("a monitor really held at a join").hasSize(1);
  }

  private static void inThread(Runnable body) throws Exception {
    FreshThread.run(body);
  }

  /** The deadlock analysis over what the sink recorded so far. */
  private DeadlockAnalysis.Result analyse() {
    RunFacts facts =
        RunFacts.of(
            context.lockClasses().all(),
            context.lockClassOrder().snapshot(),
            graph.snapshot(),
            0,
            id -> sites.get(id).className() + "#" + sites.get(id).line());
    return DeadlockAnalysis.analyse(facts, SearchLimits.defaults());
  }
}
