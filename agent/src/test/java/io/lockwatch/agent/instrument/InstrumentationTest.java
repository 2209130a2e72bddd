package io.lockwatch.agent.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lockwatch.agent.runtime.race.FieldRegistry;
import io.lockwatch.agent.runtime.support.AgentErrors;
import io.lockwatch.agent.runtime.support.SiteInfo;
import io.lockwatch.agent.runtime.support.SiteRegistry;
import io.lockwatch.bridge.EventSink;
import io.lockwatch.bridge.Hooks;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Rewrites the fixture classes with the real transformer, runs them, and checks the exact events
 * the bridge receives, with their source lines.
 */
class InstrumentationTest {
  private static final String FIXTURES = "io.lockwatch.agent.instrument.fixtures.";

  private final SiteRegistry sites = new SiteRegistry();
  private final AgentErrors errors = new AgentErrors();
  private final FieldRegistry fields = new FieldRegistry();
  private List<String> events;
  private Class<?> fixtures;
  private Object instance;

  @BeforeEach
  void load() throws Exception {
    LockingTransformer transformer = RewritingLoader.transformer(sites, fields, false, errors);
    ClassLoader loader =
        RewritingLoader.ofPrefix(transformer, getClass().getClassLoader(), FIXTURES);
    fixtures = loader.loadClass(FIXTURES + "LockFixtures");
    instance = fixtures.getConstructor().newInstance();
    RecordingSink sink = new RecordingSink(sites, fields, this::describe);
    events = sink.events;
    Hooks.install(sink);
  }

  @AfterEach
  void uninstall() {
    Hooks.install(new RecordingSink(sites, fields, lock -> "after the test"));
  }

  @Test
  void synchronized_blocks_report_enter_and_exit_with_lines_and_expressions() throws Exception {
    run("nested");
    assertThat(events)
        .containsExactly(
            "enter A @" + line("nested-outer"),
            "enter B @" + line("nested-inner"),
            "exit B",
            "exit A");
    assertThat(siteAt("nested-outer").lockExpression())
        .isEqualTo("static field " + FIXTURES + "LockFixtures.A");
    assertThat(siteAt("nested-outer").method()).isEqualTo("nested");
    assertThat(siteAt("nested-outer").file()).isEqualTo("LockFixtures.java");
  }

  @Test
  void the_exception_path_of_a_synchronized_block_releases() throws Exception {
    assertThatThrownBy(() -> run("throwing")).hasRootCauseInstanceOf(IllegalStateException.class);
    assertThat(events).containsExactly("enter A @" + line("throwing"), "exit A");
  }

  @Test
  void synchronized_methods_report_their_monitor_and_release_on_return_and_throw()
      throws Exception {
    assertThat(run("syncMethod")).isEqualTo(42);
    assertThat(events)
        .containsExactly(
            "syncEnter this @" + line("sync-method"),
            "syncEnter this @" + line("sync-callee"),
            "syncExit @" + line("sync-callee"),
            "syncExit @" + line("sync-method"));
    events.clear();
    assertThatThrownBy(() -> run("syncThrowing"))
        .hasRootCauseInstanceOf(IllegalArgumentException.class);
    assertThat(events)
        .containsExactly(
            "syncEnter this @" + line("sync-throwing"), "syncExit @" + line("sync-throwing"));
    events.clear();
    run("staticSync");
    assertThat(events)
        .containsExactly(
            "syncEnter class @" + line("static-sync"), "syncExit @" + line("static-sync"));
  }

  @Test
  void lock_calls_are_replaced_and_keep_their_behaviour() throws Exception {
    run("lockCalls");
    assertThat(events)
        .containsExactly(
            "requested lock mode=0 @" + line("lock"),
            "acquired lock mode=0 @" + line("lock"),
            "acquired lock mode=1 @" + line("trylock"),
            "released lock",
            "requested lock mode=2 @" + line("trylock-timed"),
            "acquired lock mode=2 @" + line("trylock-timed"),
            "released lock",
            "requested lock mode=0 @" + line("lock-interruptibly"),
            "acquired lock mode=0 @" + line("lock-interruptibly"),
            "released lock",
            "released lock");
    assertThat(siteAt("lock").lockExpression())
        .isEqualTo("field " + FIXTURES + "LockFixtures.lock");
  }

  @Test
  void read_and_write_locks_are_named_after_their_read_write_lock() throws Exception {
    run("readWrite");
    assertThat(events)
        .containsExactly(
            "requested write mode=0 @" + line("write"),
            "acquired write mode=0 @" + line("write"),
            "requested read mode=0 @" + line("read"),
            "acquired read mode=0 @" + line("read"),
            "released read",
            "released write");
    assertThat(siteAt("read").lockExpression()).isEqualTo("field " + FIXTURES + "LockFixtures.rwl");
  }

  @Test
  void stamped_locks_report_their_share_conversions_and_optimistic_reads() throws Exception {
    assertThat(run("stampedLock")).isNotEqualTo(-1L);
    int write = EventSink.SHARE_WRITE;
    int read = EventSink.SHARE_READ;
    assertThat(events)
        .containsExactly(
            "requested lock mode=" + write + " @" + line("stamped-write"),
            "acquired lock mode=" + write + " @" + line("stamped-write"),
            "acquired lock mode=" + (EventSink.MODE_TRY | read) + " @" + line("stamped-downgrade"),
            "released lock share=" + write,
            "released lock share=" + read,
            "optimistic lock @" + line("stamped-optimistic"),
            "validated lock @" + line("stamped-validate"),
            "requested lock mode=0 @" + line("stamped-view"),
            "acquired lock mode=0 @" + line("stamped-view"),
            "released lock");
  }

  @Test
  void an_applications_own_lock_type_is_recognised() throws Exception {
    run("customLock");
    // CustomLock is instrumented too: its delegate's lock() is seen inside the custom lock() call,
    // between the custom lock's request and its acquisition.
    assertThat(events).hasSize(6).contains("acquired lock mode=0 @" + line("custom"));
    assertThat(events.get(0)).isEqualTo("requested lock mode=0 @" + line("custom"));
    assertThat(events.get(3)).isEqualTo("acquired lock mode=0 @" + line("custom"));
  }

  @Test
  void locals_are_named_from_the_local_variable_table() throws Exception {
    run("localMonitor");
    assertThat(siteAt("local").lockExpression()).isEqualTo("local variable guard");
    assertThat(errors.total()).isZero();
  }

  @Test
  void a_local_is_named_by_the_variable_live_at_the_acquisition_not_an_earlier_one_of_its_slot()
      throws Exception {
    run("reusedSlot");
    assertThat(siteAt("reused-slot-lock").lockExpression()).isEqualTo("local variable writer");
    assertThat(siteAt("reused-slot-monitor").lockExpression())
        .isEqualTo("local variable perThread");
    assertThat(errors.total()).isZero();
  }

  @Test
  void waits_semaphores_latches_queues_and_joins_are_reported_around_the_real_call()
      throws Exception {
    run("primitives");
    assertThat(events)
        .containsExactly(
            "enter this @" + line("prim-sync"),
            "before Object.wait @" + line("prim-wait"),
            "after Object.wait done",
            "action Object.notify @" + line("prim-notify"),
            "exit this",
            "created lock @" + line("prim-semaphore-new"),
            "before Semaphore.acquire @" + line("prim-acquire"),
            "after Semaphore.acquire done",
            "after Semaphore.tryAcquire failed",
            "action Semaphore.release @" + line("prim-release"),
            "action CountDownLatch.countDown @" + line("prim-countdown"),
            "before CountDownLatch.await @" + line("prim-latch"),
            "after CountDownLatch.await done",
            "before BlockingQueue.put @" + line("prim-put"),
            "after BlockingQueue.put done",
            "before BlockingQueue.take @" + line("prim-take"),
            "after BlockingQueue.take done",
            "action Thread.start @" + line("prim-start"),
            "before Thread.join @" + line("prim-join"),
            "after Thread.join done");
  }

  @Test
  void conditions_report_await_and_signal() throws Exception {
    run("conditions");
    assertThat(events)
        .containsExactly(
            "requested lock mode=0 @" + line("cond-lock"),
            "acquired lock mode=0 @" + line("cond-lock"),
            "action Condition.signal @" + line("cond-signal"),
            "before Condition.await @" + line("cond-await"),
            "after Condition.await done",
            "released lock");
  }

  private Object run(String method) throws Exception {
    Method m = fixtures.getMethod(method);
    try {
      return m.invoke(instance);
    } catch (InvocationTargetException e) {
      throw e;
    }
  }

  private SiteInfo siteAt(String marker) throws IOException {
    return FixtureLines.siteAt(sites, line(marker));
  }

  private static int line(String marker) throws IOException {
    return FixtureLines.line("LockFixtures.java", marker);
  }

  private String describe(Object lock) {
    if (lock == null) {
      return "null";
    }
    try {
      if (lock == fixtures.getField("A").get(null)) {
        return "A";
      }
      if (lock == fixtures.getField("B").get(null)) {
        return "B";
      }
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
    if (lock == instance) {
      return "this";
    }
    if (lock == fixtures) {
      return "class";
    }
    if (lock instanceof ReentrantReadWriteLock.ReadLock) {
      return "read";
    }
    if (lock instanceof ReentrantReadWriteLock.WriteLock) {
      return "write";
    }
    return "lock";
  }
}
