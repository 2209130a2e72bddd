package io.lockwatch.agent.runtime.hb;

import static org.assertj.core.api.Assertions.assertThat;

import io.lockwatch.agent.runtime.lockorder.LockNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LockClocksTest {
  private final LockClocks clocks = new LockClocks();

  @Test
  void a_lock_keeps_one_clock_and_another_lock_has_its_own() {
    LockNode a = node(1, LockNode.KIND_MONITOR);
    LockNode b = node(2, LockNode.KIND_MONITOR);

    assertThat(clocks.of(a)).isSameAs(clocks.of(a));
    assertThat(clocks.of(b)).isNotSameAs(clocks.of(a));
    assertThat(clocks.size()).isEqualTo(2);
  }

  @Test
  void what_a_thread_releases_into_a_lock_the_next_owner_learns() {
    LockNode lock = node(5_000, LockNode.KIND_LOCK); // beyond the first chunks: the table grows
    ThreadClock first = new ThreadClock(0);
    ThreadClock second = new ThreadClock(1);
    long firstsEpoch = first.epoch();

    clocks.of(lock).release(first);
    assertThat(second.knows(firstsEpoch)).isFalse();
    clocks.of(lock).acquire(second);

    assertThat(second.knows(firstsEpoch)).isTrue();
    assertThat(second.knowsWcp(firstsEpoch)).as("a lock orders no WCP").isFalse();
  }

  @Test
  void a_semaphore_permit_is_a_hand_off_that_wcp_keeps() {
    LockNode semaphore = node(3, LockNode.KIND_SEMAPHORE);
    ThreadClock releaser = new ThreadClock(0);
    ThreadClock acquirer = new ThreadClock(1);
    long released = releaser.epoch();

    clocks.of(semaphore).release(releaser);
    clocks.of(semaphore).acquire(acquirer);

    assertThat(acquirer.knowsWcp(released)).isTrue();
  }

  @Test
  void a_collected_lock_forgets_its_clock_and_memory_goes_with_it() {
    List<LockNode> nodes = new ArrayList<>();
    for (int id = 1; id <= 3_000; id++) {
      LockNode node = node(id, LockNode.KIND_MONITOR);
      nodes.add(node);
      clocks.of(node).release(new ThreadClock(0));
    }
    SyncClock before = clocks.of(nodes.get(0));

    nodes.forEach(clocks::forget);
    clocks.forget(nodes.get(0)); // twice, or a node that never had a clock: no harm

    assertThat(clocks.size()).isZero();
    assertThat(clocks.of(nodes.get(0))).isNotSameAs(before);
  }

  private static LockNode node(int id, byte kind) {
    return new LockNode(id, kind, "com.example.Lock", null, null);
  }
}
