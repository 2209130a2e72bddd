package io.lockwatch.agent.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ThreadStateTest {
  @Test
  void a_thread_always_gets_its_own_state_even_when_another_shares_its_slot() throws Exception {
    CyclicBarrier turns = new CyclicBarrier(2);
    List<Throwable> failures = new ArrayList<>();
    Thread first = new Thread(() -> alternate(turns, failures), "first");
    // thread ids are handed out in order: some thousand threads later, one shares the slot
    Thread second = new Thread(() -> alternate(turns, failures), "second");
    while ((second.getId() - first.getId()) % ThreadState.SLOTS != 0) {
      second = new Thread(() -> alternate(turns, failures), "second");
    }

    first.start();
    second.start();
    first.join();
    second.join();

    assertThat(failures).isEmpty();
  }

  @Test
  void the_state_of_a_thread_is_the_same_object_at_every_call_and_never_another_threads() {
    ThreadState mine = ThreadState.current();
    List<ThreadState> others = new ArrayList<>();
    for (int i = 0; i < 64; i++) {
      Thread other = new Thread(() -> others.add(ThreadState.current()));
      other.start();
      try {
        other.join();
      } catch (InterruptedException e) {
        throw new AssertionError(e);
      }
    }
    assertThat(ThreadState.current()).isSameAs(mine);
    assertThat(others).doesNotContain(mine).doesNotHaveDuplicates();
  }

  @Test
  void threads_that_come_and_go_are_not_kept_once_the_registry_dropped_them() throws Exception {
    List<WeakReference<Thread>> ended = new ArrayList<>();
    for (int i = 0; i < 1_000; i++) {
      Thread thread = new Thread(ThreadStateTest::useStateTwice);
      thread.start();
      thread.join();
      ended.add(new WeakReference<>(thread));
    }
    ThreadRegistry.live(); // drops the states of ended threads, and their slots
    for (int i = 0; i < 100 && ended.stream().anyMatch(t -> t.get() != null); i++) {
      System.gc();
      Thread.sleep(10);
    }
    assertThat(ended.stream().filter(t -> t.get() != null).count())
        .as("ended threads still reachable")
        .isZero();
  }

  /** Its first use makes the state, the next ones find it (in its slot). */
  private static void useStateTwice() {
    ThreadState.current();
    ThreadState.current();
  }

  /** Both threads take turns asking for their state, so each call may find the other's slot. */
  private static void alternate(CyclicBarrier turns, List<Throwable> failures) {
    try {
      ThreadState own = ThreadState.current();
      for (int i = 0; i < 200; i++) {
        turns.await(10, TimeUnit.SECONDS);
        ThreadState now = ThreadState.current();
        if (now != own || now.thread != Thread.currentThread()) {
          throw new AssertionError("turn " + i + ": another thread's state");
        }
      }
    } catch (Throwable failure) {
      synchronized (failures) {
        failures.add(failure);
      }
      turns.reset(); // the other thread's wait ends (broken) instead of hanging the test
    }
  }
}
