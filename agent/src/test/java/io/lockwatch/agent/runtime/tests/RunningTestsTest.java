package io.lockwatch.agent.runtime.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RunningTestsTest {
  private final RunningTests tests = new RunningTests();
  private final long self = Thread.currentThread().getId();

  @Test
  void a_thread_running_no_test_acts_as_itself() {
    assertThat(tests.idOf(self)).isEqualTo(self);
    assertThat(tests.acting(self)).isNull();
    assertThat(tests.active()).isFalse();
  }

  @Test
  void a_thread_running_a_test_acts_under_one_id_of_that_test_until_it_finishes() {
    tests.started("com.example.FooTest#bar");
    long id = tests.idOf(self);

    assertThat(id).isNegative();
    assertThat(tests.idOf(self)).isEqualTo(id);
    assertThat(tests.acting(id))
        .isEqualTo(new RunningTests.Acting(self, "com.example.FooTest#bar"));

    tests.finished("com.example.FooTest#bar");
    assertThat(tests.idOf(self)).isEqualTo(self);
  }

  @Test
  void the_watchdog_learns_which_test_other_threads_run_and_forgets_it_when_it_ends()
      throws Exception {
    long[] worker = new long[1];
    Thread test =
        new Thread(
            () -> {
              tests.started("com.example.BankTest#transfers");
              Thread started = new Thread(() -> tests.idOf(Thread.currentThread().getId()));
              started.start(); // inherits the test, and records under it
              try {
                started.join();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              worker[0] = started.getId();
            });
    test.start();
    test.join();

    assertThat(tests.ofThreads(new long[] {test.getId(), worker[0], self}))
        .containsExactly("com.example.BankTest#transfers");
    assertThat(tests.ofThreads(new long[] {self})).isEmpty();
  }

  @Test
  void the_next_test_on_the_same_thread_is_another_acting_thread() {
    tests.started("com.example.FooTest#first");
    long first = tests.idOf(self);
    tests.finished("com.example.FooTest#first");
    tests.started("com.example.FooTest#second");
    long second = tests.idOf(self);

    assertThat(second).isNotEqualTo(first);
    assertThat(tests.acting(first).threadId()).isEqualTo(tests.acting(second).threadId());
  }

  @Test
  void a_thread_the_test_constructs_runs_the_test_under_an_id_of_its_own() throws Exception {
    tests.started("com.example.FooTest#bar");
    long testThread = tests.idOf(self);
    AtomicLong child = new AtomicLong();
    Thread thread = new Thread(() -> child.set(tests.idOf(Thread.currentThread().getId())));
    thread.start();
    thread.join();

    assertThat(child.get()).isNegative().isNotEqualTo(testThread);
    assertThat(tests.acting(child.get()))
        .isEqualTo(new RunningTests.Acting(thread.getId(), "com.example.FooTest#bar"));
  }

  @Test
  void a_pool_task_runs_the_test_that_submitted_it_and_only_while_it_runs() throws Exception {
    Object task = new Object();
    tests.started("com.example.FooTest#bar");
    tests.taskSubmitted(task);
    tests.finished("com.example.FooTest#bar");

    AtomicLong during = new AtomicLong();
    AtomicLong after = new AtomicLong();
    tests.started("com.example.OtherTest#baz"); // the worker inherits another test
    Thread worker =
        new Thread(
            () -> {
              long me = Thread.currentThread().getId();
              tests.taskStarted(task);
              during.set(tests.idOf(me));
              tests.taskEnded(task);
              after.set(tests.idOf(me));
            });
    tests.finished("com.example.OtherTest#baz");
    worker.start();
    worker.join();

    assertThat(tests.acting(during.get()).test()).isEqualTo("com.example.FooTest#bar");
    assertThat(tests.acting(after.get()).test()).isEqualTo("com.example.OtherTest#baz");
  }
}
