package io.lockwatch.agent.runtime.hb;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Thread numbers: reused with a new epoch, preferably by a thread that knows its predecessor. */
class ThreadSlotsTest {
  private final ThreadSlots slots = new ThreadSlots(1 << 20);

  @Test
  void a_thread_that_knows_its_predecessors_end_gets_its_number_with_a_later_time() {
    ThreadClock ended = slots.assign(new long[0], "first", false);
    ended.tick();
    long lastEpoch = ended.epoch();
    ended.accessed();
    slots.release(ended);

    ThreadClock next = slots.assign(ended.finalClock().clone(), "second", false);
    assertThat(next.tid()).isEqualTo(ended.tid());
    assertThat(next.time()).isGreaterThan(VectorClock.timeOf(lastEpoch));
    assertThat(next.knows(lastEpoch)).isTrue();
    assertThat(slots.nameOf(ended.tid(), VectorClock.timeOf(lastEpoch))).isEqualTo("first");
    assertThat(slots.nameOf(next.tid(), next.time())).isEqualTo("second");
  }

  @Test
  void a_reused_number_starts_after_everything_anyone_may_know_of_its_previous_holder() {
    ThreadClock ended = slots.assign(new long[0], "quiet", false);
    ended.tick(); // released, then accessed nothing: it needs less to be known
    long[] joiner = ended.finalClock().clone(); // whoever joined it knows its very last time
    slots.release(ended);

    ThreadClock next = slots.assign(new long[] {joiner[0] - 1}, "next", false);
    assertThat(next.tid()).isEqualTo(ended.tid());
    assertThat(VectorClock.leq(next.epoch(), joiner))
        .as("the joiner must not know the new thread's first epoch")
        .isFalse();
  }

  @Test
  void what_ended_non_daemon_threads_did_covers_them_and_leaves_daemons_out() {
    ThreadClock worker = slots.assign(new long[0], "worker", false);
    worker.tick();
    long workerEpoch = worker.epoch();
    ThreadClock daemon = slots.assign(new long[0], "flusher", false);
    daemon.daemon = true;
    daemon.tick();
    long daemonEpoch = daemon.epoch();
    slots.release(worker);
    slots.release(daemon);

    long[] ended = slots.endedNonDaemon();
    assertThat(VectorClock.leq(workerEpoch, ended)).isTrue();
    assertThat(VectorClock.leq(daemonEpoch, ended))
        .as("a daemon thread still runs while the JVM ends: nothing it did is ordered")
        .isFalse();
    ended[worker.tid()] = 0;
    assertThat(VectorClock.leq(workerEpoch, slots.endedNonDaemon())).as("a copy").isTrue();
  }

  @Test
  void a_thread_that_does_not_know_an_ended_thread_gets_a_fresh_number() {
    ThreadClock ended = slots.assign(new long[0], "unjoined", false);
    slots.release(ended);
    ThreadClock stranger = slots.assign(new long[0], "stranger", false);
    assertThat(stranger.tid()).isNotEqualTo(ended.tid());
    assertThat(stranger.knows(ended.epoch())).isFalse();
  }

  @Test
  void numbers_of_threads_that_ended_unobserved_are_reused_once_too_many_pile_up() {
    for (int i = 0; i <= ThreadSlots.UNKNOWN_FREE_LIMIT; i++) {
      slots.release(slots.assign(new long[0], "pool-worker-" + i, false));
    }
    int highest = slots.highestTid();
    ThreadClock next = slots.assign(new long[0], "late", false);
    assertThat(slots.highestTid()).isEqualTo(highest);
    assertThat(next.tid()).isZero(); // the oldest
    assertThat(slots.live()).isEqualTo(1);
  }

  @Test
  void threads_that_come_and_go_one_after_another_keep_clocks_short() {
    long[] knowledge = new long[0];
    for (int i = 0; i < 40_000; i++) {
      ThreadClock thread = slots.assign(knowledge, "t" + i, false);
      thread.tick();
      slots.release(thread);
      knowledge = VectorClock.join(knowledge.clone(), thread.finalClock()); // joined
    }
    assertThat(slots.highestTid()).isLessThanOrEqualTo(2);
    assertThat(knowledge.length).isLessThanOrEqualTo(2);
  }

  @Test
  void a_thread_whose_time_runs_out_moves_to_a_new_number_and_never_runs_backwards() {
    ThreadClock thread = ThreadClocks.forCurrentThread(null);
    int oldTid = thread.tid();
    thread.clock[oldTid] = VectorClock.MAX_TIME;
    long before = VectorClock.epoch(oldTid, VectorClock.MAX_TIME);
    ThreadClock other = new ThreadClock(VectorClock.MAX_TIDS - 2);

    thread.tick();

    assertThat(thread.tid()).isNotEqualTo(oldTid);
    assertThat(thread.knows(before)).as("its own past").isTrue();
    assertThat(other.knows(thread.epoch())).isFalse();
    assertThat(other.knows(before)).isFalse();
    SyncClock handOff = new SyncClock(false);
    handOff.release(thread);
    handOff.acquire(other);
    assertThat(other.knows(before))
        .as("its past before the move, through a release after")
        .isTrue();
  }
}
