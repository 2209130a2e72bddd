package io.lockwatch.agent.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.lockwatch.agent.runtime.lockorder.LockNode;
import io.lockwatch.agent.runtime.race.RaceRecords;
import io.lockwatch.bridge.EventSink;
import io.lockwatch.bridge.SyncOp;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.locks.ReentrantLock;
import org.junit.jupiter.api.Test;

/**
 * FastTrack's rules, the predictive mode and each happens-before rule, on synthetic event
 * sequences: each step runs in its own thread, one after the other, so the only ordering the
 * detector can know is the one the events give it.
 */
class RaceDetectionTest {
  private static final int FIELD = 7;
  private static final int CLASS = 3;

  private final AgentContext context = contextWith(false);
  private final RaceRecords races = context.races();
  private final int site =
      context.sites().register("com.example.Bank", "withdraw", "Bank.java", 12, null);
  private final Object account = new Object();

  private static AgentContext contextWith(boolean predict) {
    return new AgentContext(new AgentContext.Settings(1000, 8, true, predict));
  }

  private final AgentEventSink on = new AgentEventSink(context);

  @Test
  void two_unordered_writes_race() throws Exception {
    step(() -> write(on));
    step(() -> write(on));
    assertThat(races.all())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.observed()).isTrue();
              assertThat(r.earlier().write()).isTrue();
              assertThat(r.later().write()).isTrue();
              assertThat(r.later().stack()).isNotEmpty();
            });
  }

  @Test
  void a_read_unordered_with_a_write_races_and_reads_alone_never_do() throws Exception {
    step(() -> read(on));
    step(() -> read(on));
    assertThat(races.all()).isEmpty();
    step(() -> write(on));
    assertThat(races.all())
        .singleElement()
        .satisfies(r -> assertThat(r.earlier().write()).isFalse());
  }

  @Test
  void one_thread_alone_never_races() throws Exception {
    step(
        () -> {
          for (int i = 0; i < 100; i++) {
            write(on);
            read(on);
          }
        });
    assertThat(races.all()).isEmpty();
  }

  @Test
  void the_same_lock_orders_the_accesses_and_two_different_locks_do_not() throws Exception {
    ReentrantLock common = new ReentrantLock();
    step(() -> underLock(on, common, () -> write(on)));
    step(() -> underLock(on, common, () -> write(on)));
    assertThat(races.all()).isEmpty();

    ReentrantLock other = new ReentrantLock();
    step(() -> underLock(on, other, () -> write(on)));
    assertThat(races.all())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.earlier().locks().asList())
                  .extracting(LockNode::type)
                  .containsExactly(ReentrantLock.class.getName());
              assertThat(r.later().locks().size()).isOne();
              assertThat(r.later().locks().readOnly(0)).as("an exclusive lock").isFalse();
            });
  }

  @Test
  void monitors_order_through_enter_and_exit() throws Exception {
    Object monitor = new Object();
    Runnable locked =
        () -> {
          on.monitorEnter(monitor, site); // acquired for happens-before at the next event
          write(on);
          on.monitorExit(monitor, site);
        };
    step(locked);
    step(locked);
    assertThat(races.all()).isEmpty();
  }

  @Test
  void shared_reads_then_a_write_ordered_after_only_one_of_them_races() throws Exception {
    Object flag = new Object();
    step(() -> read(on));
    step(
        () -> {
          read(on);
          on.syncAction(flag, SyncOp.LATCH_COUNT_DOWN, site, null);
        });
    step(
        () -> {
          on.afterBlocking(flag, SyncOp.LATCH_AWAIT, site, true);
          write(on); // ordered after the second read only
        });
    assertThat(races.all()).hasSize(1);
  }

  @Test
  void a_volatile_write_then_read_orders() throws Exception {
    int flagField = 99;
    step(
        () -> {
          write(on);
          on.volatileAccess(account, flagField, true);
        });
    step(
        () -> {
          on.volatileAccess(account, flagField, false);
          read(on);
        });
    assertThat(races.all()).isEmpty();
  }

  @Test
  void every_hand_off_of_the_contract_table_orders_and_its_absence_does_not() throws Exception {
    Object[][] handOffs = {
      {new ArrayBlockingQueue<>(1), SyncOp.QUEUE_OFFER, SyncOp.QUEUE_TAKE},
      {new CountDownLatch(1), SyncOp.LATCH_COUNT_DOWN, SyncOp.LATCH_AWAIT},
      {new Object(), SyncOp.PHASER_ARRIVE, SyncOp.PHASER_AWAIT},
      {new Object(), SyncOp.TASK_SUBMIT, -SyncOp.TASK_START},
    };
    for (Object[] handOff : handOffs) {
      AgentContext freshContext = contextWith(false);
      RaceRecords fresh = freshContext.races();
      AgentEventSink recorder = new AgentEventSink(freshContext);
      Object via = handOff[0];
      int release = (Integer) handOff[1];
      int acquire = (Integer) handOff[2];
      step(
          () -> {
            write(recorder);
            recorder.syncAction(via, release, site, null);
          });
      step(
          () -> {
            if (acquire < 0) {
              recorder.syncAction(via, -acquire, site, null);
            } else {
              recorder.afterBlocking(via, acquire, site, true);
            }
            write(recorder);
          });
      assertThat(fresh.all()).as("hand-off through " + SyncOp.name(release)).isEmpty();
      step(() -> write(recorder)); // no hand-off: a race
      assertThat(fresh.all()).as("racy twin of " + SyncOp.name(release)).hasSize(1);
    }
  }

  @Test
  void a_barrier_orders_what_came_before_it_for_everyone_after_it() throws Exception {
    Object barrier = new Object();
    step(
        () -> {
          write(on);
          on.beforeBlocking(barrier, SyncOp.BARRIER_AWAIT, site);
          on.afterBlocking(barrier, SyncOp.BARRIER_AWAIT, site, true);
        });
    step(
        () -> {
          on.beforeBlocking(barrier, SyncOp.BARRIER_AWAIT, site);
          on.afterBlocking(barrier, SyncOp.BARRIER_AWAIT, site, true);
          write(on);
        });
    assertThat(races.all()).isEmpty();
  }

  @Test
  void a_task_end_happens_before_get_on_its_future_and_not_before_a_plain_read() throws Exception {
    Object task = new Object();
    Object future = new Object();
    step(() -> on.syncAction(task, SyncOp.TASK_SUBMIT, site, null));
    step(() -> on.syncAction(future, SyncOp.TASK_FUTURE, site, task));
    step(
        () -> {
          on.syncAction(task, SyncOp.TASK_START, site, null);
          write(on);
          on.syncAction(task, SyncOp.TASK_END, site, null);
        });
    step(
        () -> {
          on.beforeBlocking(future, SyncOp.FUTURE_GET, site);
          on.afterBlocking(future, SyncOp.FUTURE_GET, site, true);
          read(on);
        });
    assertThat(races.all()).isEmpty();
    step(() -> write(on)); // no get(): a race with the task's write
    assertThat(races.all()).hasSize(1);
  }

  @Test
  void semaphore_release_then_acquire_orders() throws Exception {
    Semaphore permits = new Semaphore(1);
    step(
        () -> {
          write(on);
          on.syncAction(permits, SyncOp.SEMAPHORE_RELEASE, site, null);
        });
    step(
        () -> {
          on.afterBlocking(permits, SyncOp.SEMAPHORE_ACQUIRE, site, true);
          write(on);
        });
    assertThat(races.all()).isEmpty();
  }

  @Test
  void start_and_join_order() throws Exception {
    Thread child = new Thread(() -> write(on), "child");
    step(
        () -> {
          write(on);
          on.syncAction(child, SyncOp.THREAD_START, site, null);
          child.start();
          try {
            child.join();
          } catch (InterruptedException e) {
            throw new AssertionError(e);
          }
          on.afterBlocking(child, SyncOp.THREAD_JOIN, site, true);
          write(on);
        });
    assertThat(races.all()).isEmpty();
  }

  @Test
  void writes_made_by_a_class_initialiser_are_published_by_it() throws Exception {
    step(
        () -> {
          on.classInitialiser(CLASS, true);
          write(on);
          on.classInitialiser(CLASS, false);
        });
    step(() -> read(on));
    assertThat(races.all()).isEmpty();
    step(() -> write(on)); // after initialisation, an unordered write still races with the read
    assertThat(races.all()).hasSize(1);
  }

  @Test
  void predict_reports_a_field_ordered_only_through_an_unrelated_lock() throws Exception {
    AgentContext predicting = contextWith(true);
    RaceRecords predicted = predicting.races();
    AgentEventSink predict = new AgentEventSink(predicting);
    ReentrantLock a = new ReentrantLock();
    ReentrantLock b = new ReentrantLock();
    ReentrantLock unrelated = new ReentrantLock();
    step(
        () -> {
          underLock(predict, a, () -> write(predict));
          underLock(predict, unrelated, () -> {});
        });
    step(
        () -> {
          underLock(predict, unrelated, () -> {});
          underLock(predict, b, () -> write(predict));
        });
    assertThat(predicted.all()).singleElement().satisfies(r -> assertThat(r.observed()).isFalse());
  }

  @Test
  void predict_follows_ownership_handed_over_without_a_lock() throws Exception {
    AgentContext predicting = contextWith(true);
    RaceRecords predicted = predicting.races();
    AgentEventSink predict = new AgentEventSink(predicting);
    ArrayBlockingQueue<Object> queue = new ArrayBlockingQueue<>(1);
    step(
        () -> {
          write(predict);
          predict.syncAction(queue, SyncOp.QUEUE_OFFER, site, null);
        });
    step(
        () -> {
          predict.afterBlocking(queue, SyncOp.QUEUE_TAKE, site, true);
          write(predict);
        });
    assertThat(predicted.all()).isEmpty();
  }

  private void write(EventSink sink) {
    sink.fieldAccess(account, FIELD, site, true);
  }

  private void read(EventSink sink) {
    sink.fieldAccess(account, FIELD, site, false);
  }

  private void underLock(EventSink sink, ReentrantLock lock, Runnable body) {
    lock.lock();
    sink.lockAcquired(lock, site, EventSink.MODE_BLOCKING);
    try {
      body.run();
    } finally {
      sink.lockReleased(lock, site, 0);
      lock.unlock();
    }
  }

  private static void step(Runnable body) throws Exception {
    FreshThread.run(body);
  }
}
