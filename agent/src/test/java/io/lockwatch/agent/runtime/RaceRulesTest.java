package io.lockwatch.agent.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.lockwatch.agent.runtime.race.RaceRecords;
import io.lockwatch.bridge.EventSink;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.junit.jupiter.api.Test;

/**
 * The smaller rules around FastTrack: what a class initialiser publishes, what a read lock
 * protects, and that no failure inside a hook blinds its thread.
 */
class RaceRulesTest {
  private static final int COUNTER = 11; // a static of com.example.Registry
  private static final int OWN_STATIC = 12; // a static of com.example.Config
  private static final int INSTANCE = 13;

  private final AgentContext context = contextWith(false);
  private final AgentEventSink on = new AgentEventSink(context);
  private final RaceRecords races = context.races();
  private final int site =
      context.sites().register("com.example.Config", "<clinit>", "C.java", 3, null);
  private final int config = context.fields().classId("com.example.Config");
  private final int counter = context.fields().register("com.example.Registry", "count", true);
  private final int ownStatic = context.fields().register("com.example.Config", "value", true);

  private static AgentContext contextWith(boolean predict) {
    return new AgentContext(new AgentContext.Settings(1000, 8, true, predict));
  }

  @Test
  void a_class_initialiser_publishes_its_own_statics() throws Exception {
    FreshThread.run(
        () -> {
          on.classInitialiser(config, true);
          on.fieldAccess(null, ownStatic, site, true);
          on.classInitialiser(config, false);
        });
    FreshThread.run(() -> on.fieldAccess(null, ownStatic, site, false));
    assertThat(races.all()).isEmpty();
  }

  @Test
  void another_classs_static_written_by_an_initialiser_still_races() throws Exception {
    FreshThread.run(
        () -> {
          on.classInitialiser(config, true);
          on.fieldAccess(null, counter, site, true); // Registry.count++ in Config's <clinit>
          on.classInitialiser(config, false);
        });
    FreshThread.run(() -> on.fieldAccess(null, counter, site, true));
    assertThat(races.all())
        .singleElement()
        .satisfies(r -> assertThat(r.field()).isEqualTo(counter));
  }

  @Test
  void objects_built_by_an_initialiser_are_published_and_objects_from_before_are_not()
      throws Exception {
    Object built = new Object();
    Object existing = new Object();
    FreshThread.run(() -> on.fieldAccess(existing, INSTANCE, site, true)); // touched before
    FreshThread.run(
        () -> {
          on.classInitialiser(config, true);
          on.fieldAccess(built, INSTANCE, site, true);
          on.fieldAccess(existing, INSTANCE, site, false);
          on.classInitialiser(config, false);
        });
    FreshThread.run(() -> on.fieldAccess(built, INSTANCE, site, false));
    assertThat(races.all()).singleElement().satisfies(r -> assertThat(r.later().write()).isFalse());
  }

  @Test
  void an_initialiser_whose_end_was_missed_does_not_hide_later_races() throws Exception {
    int outer = context.fields().classId("com.example.Outer");
    FreshThread.run(
        () -> {
          on.classInitialiser(outer, true);
          on.classInitialiser(config, true); // its end never reported
          on.classInitialiser(outer, false); // pops back past it
          on.fieldAccess(null, ownStatic, site, true);
        });
    FreshThread.run(() -> on.fieldAccess(null, ownStatic, site, true));
    assertThat(races.all()).hasSize(1);
  }

  @Test
  void a_read_lock_protects_no_write_in_the_predictive_mode() throws Exception {
    AgentContext predicting = contextWith(true);
    AgentEventSink predict = new AgentEventSink(predicting);
    ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    Object shared = new Object();
    for (int i = 0; i < 2; i++) {
      FreshThread.run(
          () -> {
            lock.readLock().lock();
            predict.lockAcquired(lock.readLock(), site, EventSink.MODE_BLOCKING);
            predict.fieldAccess(shared, INSTANCE, site, true);
            predict.lockReleased(lock.readLock(), site, 0);
            lock.readLock().unlock();
          });
    }
    assertThat(predicting.races().all())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.observed()).as("ordered by the lock in this run").isFalse();
              assertThat(r.earlier().locks().readOnly(0)).as("held for reading").isTrue();
              assertThat(r.later().locks().readOnly(0)).as("held for reading").isTrue();
            });
  }

  @Test
  void writes_under_the_write_lock_and_reads_under_the_read_lock_are_not_predicted()
      throws Exception {
    AgentContext predicting = contextWith(true);
    AgentEventSink predict = new AgentEventSink(predicting);
    ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    Object shared = new Object();
    for (int i = 0; i < 4; i++) {
      boolean writer = i % 2 == 0;
      FreshThread.run(
          () -> {
            var half = writer ? lock.writeLock() : lock.readLock();
            half.lock();
            predict.lockAcquired(half, site, EventSink.MODE_BLOCKING);
            predict.fieldAccess(shared, INSTANCE, site, writer);
            predict.lockReleased(half, site, 0);
            half.unlock();
          });
    }
    assertThat(predicting.races().all()).isEmpty();
  }

  @Test
  void a_stack_overflow_inside_the_hooks_does_not_blind_the_thread() throws Exception {
    Object monitor = new Object();
    Object shared = new Object();
    FreshThread.run(() -> on.fieldAccess(shared, INSTANCE, site, true));
    FreshThread.run(
        () -> {
          try {
            overflow(monitor, shared, 0);
          } catch (StackOverflowError expected) {
            // the deepest hook ran out of stack somewhere inside the agent
          }
          on.fieldAccess(shared, INSTANCE, site, true); // still watched: races with the first
        });
    assertThat(races.all()).hasSize(1);
  }

  private void overflow(Object monitor, Object shared, int depth) {
    on.monitorEnter(monitor, site); // leaves an acquisition due at the next event
    on.fieldAccess(shared, INSTANCE + 1 + (depth & 1), site, false);
    overflow(monitor, shared, depth + 1);
  }
}
