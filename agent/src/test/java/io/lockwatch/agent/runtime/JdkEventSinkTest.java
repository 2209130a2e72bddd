package io.lockwatch.agent.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.lockwatch.agent.analysis.DeadlockAnalysis;
import io.lockwatch.agent.analysis.RunFacts;
import io.lockwatch.agent.runtime.race.RaceRecords;
import io.lockwatch.agent.runtime.support.SiteRegistry;
import io.lockwatch.engine.deadlock.SearchLimits;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.junit.jupiter.api.Test;

/**
 * The JDK hooks' side of the runtime, driven the way instrumented JDK and application code drives
 * it, each step in a fresh thread: JDK objects' state as watched variables, monitors the
 * application can take as one lock with one happens-before, internal locks and a map's bins in lock
 * order only.
 */
class JdkEventSinkTest {
  private final AgentContext context =
      new AgentContext(new AgentContext.Settings(1000, 8, true, false, true, true));
  private final SiteRegistry sites = context.sites();
  private final RaceRecords races = context.races();
  private final AgentEventSink app = new AgentEventSink(context);
  private final JdkEventSink jdk = new JdkEventSink(context, app);
  private final int sell =
      sites.register("com.example.Shop", "sell", "Shop.java", 12, "field com.example.Shop.stock");
  private final int audit =
      sites.register("com.example.Shop", "audit", "Shop.java", 20, "local variable view");
  private final int lockSite =
      sites.register("com.example.Shop", "sell", "Shop.java", 11, "field com.example.Shop.lock");
  private final Map<String, Integer> stock = new HashMap<>();

  @Test
  void two_unordered_calls_that_change_a_hash_map_race_under_the_name_of_the_field_holding_it()
      throws Exception {
    FreshThread.run(() -> jdk.stateAccess(stock, sell, true));
    FreshThread.run(() -> jdk.stateAccess(stock, audit, true));

    assertThat(races.all()).singleElement().satisfies(r -> assertThat(r.observed()).isTrue());
    int field = races.all().get(0).field();
    assertThat(context.fields().get(field).qualifiedName())
        .isEqualTo("com.example.Shop.stock (java.util.HashMap)");
  }

  @Test
  void calls_that_only_read_never_race_with_each_other() throws Exception {
    FreshThread.run(() -> jdk.stateAccess(stock, sell, false));
    FreshThread.run(() -> jdk.stateAccess(stock, audit, false));
    assertThat(races.all()).isEmpty();
    FreshThread.run(() -> jdk.stateAccess(stock, audit, true));
    assertThat(races.all()).hasSize(1);
  }

  @Test
  void a_call_on_a_view_or_an_iterator_touches_the_map_it_came_from() throws Exception {
    stock.put("apples", 3);
    Set<String> keys = stock.keySet();
    Iterator<String> iterator = keys.iterator();
    FreshThread.run(() -> jdk.stateAccess(stock, sell, true));
    FreshThread.run(
        () -> {
          jdk.derived(keys, stock);
          jdk.derived(iterator, keys);
          jdk.stateAccess(iterator, audit, false);
        });
    assertThat(races.all()).hasSize(1);
  }

  @Test
  void thread_safe_and_application_objects_are_not_watched() throws Exception {
    Map<String, Integer> concurrent = new ConcurrentHashMap<>();
    Object own = new Object();
    FreshThread.run(
        () -> {
          jdk.stateAccess(concurrent, sell, true);
          jdk.stateAccess(own, sell, true);
        });
    FreshThread.run(
        () -> {
          jdk.stateAccess(concurrent, audit, true);
          jdk.stateAccess(own, audit, true);
        });
    assertThat(races.all()).isEmpty();
  }

  @Test
  void a_monitor_taken_inside_the_jdk_and_in_the_application_is_one_happens_before()
      throws Exception {
    Object mutex = new Object();
    FreshThread.run(
        () -> {
          jdk.monitorEnter(mutex, sell, true);
          jdk.stateAccess(stock, sell, true);
          jdk.monitorExit(mutex, sell, true);
        });
    FreshThread.run(
        () -> {
          app.monitorEnter(mutex, lockSite);
          jdk.stateAccess(stock, audit, true); // the monitor is acquired at this next event
          app.monitorExit(mutex, lockSite);
        });
    assertThat(races.all()).isEmpty();
  }

  @Test
  void an_internal_lock_of_a_jdk_class_orders_nothing() throws Exception {
    ReentrantLock internal = new ReentrantLock();
    for (int site : new int[] {sell, audit}) {
      FreshThread.run(
          () -> {
            jdk.internalLockAcquired(internal, lockSite, false);
            jdk.stateAccess(stock, site, true);
            jdk.internalLockReleasing(internal, lockSite);
            assertThat(ThreadState.current().locks().held().depth()).isZero();
          });
    }
    assertThat(races.all()).hasSize(1);
  }

  @Test
  void a_wait_in_jdk_code_gives_its_monitor_up_and_takes_it_back() throws Exception {
    Object queue = new Object();
    FreshThread.run(
        () -> {
          synchronized (queue) { // the agent asks the JVM whether a monitor is held at a wait
            jdk.monitorEnter(queue, lockSite, true);
            jdk.waitStarts(queue, lockSite);
            jdk.stateAccess(stock, sell, true); // another thread's hold while this one waits
            jdk.waitEnded(queue, lockSite);
            jdk.monitorExit(queue, lockSite, true);
          }
        });
    FreshThread.run(
        () -> {
          jdk.monitorEnter(queue, lockSite, true);
          jdk.stateAccess(stock, audit, true);
          jdk.monitorExit(queue, lockSite, true);
        });
    assertThat(races.all()).as("the access after waitEnded was under the monitor").isEmpty();
  }

  @Test
  void the_bins_of_one_map_are_one_lock_and_those_of_two_maps_two() throws Exception {
    Object lock = new Object();
    ConcurrentHashMap<String, Integer> sessions = new ConcurrentHashMap<>();
    ConcurrentHashMap<String, Integer> other = new ConcurrentHashMap<>();
    FreshThread.run(() -> binsInside(lock, sessions));
    FreshThread.run(() -> lockInsideBins(sessions, lock));
    assertThat(cycles()).as("one map, opposite orders").isEqualTo(1);

    FreshThread.run(() -> lockInsideBins(other, lock));
    assertThat(cycles()).as("another map's bins are another lock").isEqualTo(1);
  }

  @Test
  void a_write_of_a_map_while_holding_nothing_else_is_not_pushed_but_a_function_is()
      throws Exception {
    ConcurrentHashMap<String, Integer> sessions = new ConcurrentHashMap<>();
    FreshThread.run(
        () -> {
          jdk.binsEnter(sessions, sell, false);
          assertThat(ThreadState.current().locks().held().depth()).isZero();
          jdk.binsExit(sessions, sell);
          jdk.binsEnter(sessions, sell, true);
          assertThat(ThreadState.current().locks().held().depth()).isOne();
          jdk.binsExit(sessions, sell);
          assertThat(ThreadState.current().locks().held().depth()).isZero();
        });
  }

  @Test
  void the_agents_own_threads_report_nothing() throws Exception {
    Thread agent = AgentThreads.start(() -> jdk.stateAccess(stock, sell, true), "lockwatch-test");
    agent.join();
    FreshThread.run(() -> jdk.stateAccess(stock, audit, true));
    assertThat(races.all()).isEmpty();
  }

  @Test
  void a_failing_event_is_counted_and_swallowed() throws Exception {
    FreshThread.run(() -> jdk.binsEnter(null, sell, true));
    assertThat(context.errors().counted())
        .singleElement()
        .satisfies(e -> assertThat(e.where()).isEqualTo("jdk binsEnter"));
  }

  private void binsInside(Object lock, Object map) {
    app.monitorEnter(lock, lockSite);
    jdk.binsEnter(map, sell, false); // a plain write, but under another lock
    jdk.binsExit(map, sell);
    app.monitorExit(lock, lockSite);
  }

  private void lockInsideBins(Object map, Object lock) {
    jdk.binsEnter(map, sell, true); // a function runs under the bin lock
    app.monitorEnter(lock, lockSite);
    app.monitorExit(lock, lockSite);
    jdk.binsExit(map, sell);
  }

  private int cycles() {
    RunFacts facts =
        RunFacts.of(
            context.lockClasses().all(),
            context.lockClassOrder().snapshot(),
            context.lockOrder().snapshot(),
            0,
            id -> sites.get(id).className() + "#" + sites.get(id).line());
    return DeadlockAnalysis.analyse(facts, SearchLimits.defaults()).search().findings().size();
  }
}
