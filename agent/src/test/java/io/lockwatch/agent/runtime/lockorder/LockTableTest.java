package io.lockwatch.agent.runtime.lockorder;

import static org.assertj.core.api.Assertions.assertThat;

import io.lockwatch.agent.runtime.support.SiteRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class LockTableTest {
  private final SiteRegistry sites = new SiteRegistry();
  private final List<LockNode> collected = new CopyOnWriteArrayList<>();
  private final LockTable table = new LockTable(sites, new LockClasses(), collected::add);

  @Test
  void same_object_same_node_and_equal_objects_differ() {
    String a = new String("lock");
    String b = new String("lock"); // equal, but another lock
    LockNode first = table.nodeFor(a, LockNode.KIND_MONITOR, String.class, 0);
    assertThat(table.nodeFor(a, LockNode.KIND_MONITOR, String.class, 0)).isSameAs(first);
    assertThat(table.nodeFor(b, LockNode.KIND_MONITOR, String.class, 0)).isNotSameAs(first);
    assertThat(table.created()).isEqualTo(2);
  }

  @Test
  void many_locks_grow_the_table_without_losing_any() {
    List<Object> locks = new ArrayList<>();
    List<LockNode> nodes = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      Object lock = new Object();
      locks.add(lock);
      nodes.add(table.nodeFor(lock, LockNode.KIND_MONITOR, Object.class, 0));
    }
    for (int i = 0; i < locks.size(); i++) {
      assertThat(table.nodeFor(locks.get(i), LockNode.KIND_MONITOR, Object.class, 0))
          .isSameAs(nodes.get(i));
    }
    assertThat(table.created()).isEqualTo(20_000);
  }

  @Test
  void collected_locks_are_purged_and_reported() throws InterruptedException {
    for (int i = 0; i < 10_000; i++) {
      table.nodeFor(new Object(), LockNode.KIND_MONITOR, Object.class, 0);
    }
    for (int attempt = 0; attempt < 50 && collected.size() < 9_000; attempt++) {
      System.gc();
      Thread.sleep(20);
      table.purgeCollected();
    }
    assertThat(collected.size()).isGreaterThan(9_000);
    assertThat(collected).allMatch(LockNode::collected);
    assertThat(table.live()).isLessThan(1_000);
  }
}
