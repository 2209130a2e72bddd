package io.lockwatch.agent.runtime.hb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** The lock-free synchronization clock: what a release publishes and what an acquire learns. */
class SyncClockTest {

  @Test
  void an_acquire_learns_every_release_before_it_and_nothing_after() {
    SyncClock clock = new SyncClock(false);
    ThreadClock writer = new ThreadClock(0);
    ThreadClock reader = new ThreadClock(1);
    long beforeFirst = writer.epoch();
    clock.release(writer);
    long beforeSecond = writer.epoch();
    clock.acquire(reader);
    assertThat(reader.knows(beforeFirst)).isTrue();
    assertThat(reader.knows(beforeSecond)).as("the writer's time after its release").isFalse();

    clock.release(writer);
    clock.acquire(reader); // the summarising fast path must not hide the new release
    assertThat(reader.knows(beforeSecond)).isTrue();
  }

  @Test
  void releases_of_threads_that_never_met_are_all_kept() {
    SyncClock clock = new SyncClock(false);
    ThreadClock one = new ThreadClock(0);
    ThreadClock two = new ThreadClock(5); // a longer clock: the shared one grows
    ThreadClock reader = new ThreadClock(2);
    long ones = one.epoch();
    long twos = two.epoch();
    clock.release(one);
    clock.release(two);
    clock.acquire(reader);
    assertThat(reader.knows(ones)).isTrue();
    assertThat(reader.knows(twos)).isTrue();
  }

  @Test
  void a_weak_lock_clock_orders_no_wcp() {
    SyncClock lock = new SyncClock(true, true);
    ThreadClock owner = new ThreadClock(0, new long[] {1}, new long[] {1});
    ThreadClock next = new ThreadClock(1, new long[] {0, 1}, new long[] {0, 1});
    long owners = owner.epoch();
    lock.release(owner);
    lock.acquire(next);
    assertThat(next.knows(owners)).isTrue();
    assertThat(next.knowsWcp(owners)).isFalse();
  }

  @Test
  void concurrent_releases_lose_nothing() throws Exception {
    SyncClock clock = new SyncClock(false);
    int threads = 8;
    int rounds = 2_000;
    List<ThreadClock> releasers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      releasers.add(new ThreadClock(t * 3)); // uneven lengths make the clock grow while in use
    }
    CountDownLatch go = new CountDownLatch(1);
    List<Thread> running = new ArrayList<>();
    for (ThreadClock releaser : releasers) {
      Thread thread =
          new Thread(
              () -> {
                try {
                  go.await();
                } catch (InterruptedException e) {
                  throw new AssertionError(e);
                }
                for (int r = 0; r < rounds; r++) {
                  clock.release(releaser);
                }
              });
      thread.start();
      running.add(thread);
    }
    go.countDown();
    for (Thread thread : running) {
      thread.join();
    }
    ThreadClock reader = new ThreadClock(100);
    clock.acquire(reader);
    for (ThreadClock releaser : releasers) {
      long lastReleased = VectorClock.epoch(releaser.tid(), releaser.time() - 1);
      assertThat(reader.knows(lastReleased)).isTrue();
      assertThat(reader.knows(releaser.epoch())).isFalse();
    }
  }
}
