package io.lockwatch.agent.runtime.lockorder;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The lean edge store: its index against a plain map, and pruning of collected locks. */
class LockOrderFactsTest {
  private int nextId = 1;

  @Test
  void the_edge_index_agrees_with_a_map_through_random_puts_and_removes() {
    EdgeIndex index = new EdgeIndex();
    Map<Long, OrderEdge> expected = new HashMap<>();
    List<LockNode> nodes = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      nodes.add(node());
    }
    Random random = new Random(7);
    for (int step = 0; step < 200_000; step++) {
      LockNode from = nodes.get(random.nextInt(nodes.size()));
      LockNode to = nodes.get(random.nextInt(nodes.size()));
      long key = EdgeIndex.key(from, to);
      OrderEdge known = expected.get(key);
      assertThat(index.get(from, to)).isSameAs(known);
      if (known == null && random.nextInt(3) > 0) {
        OrderEdge edge = new OrderEdge(from, to);
        index.put(edge);
        expected.put(key, edge);
      } else if (known != null) {
        index.remove(known);
        expected.remove(key);
      }
      assertThat(index.size()).isEqualTo(expected.size());
    }
    assertThat(new HashSet<>(index.all())).isEqualTo(new HashSet<>(expected.values()));
  }

  @Test
  void a_collected_lock_without_a_way_into_a_cycle_takes_its_edges_and_freed_neighbours_along() {
    LockOrderFacts facts = new LockOrderFacts(1_000);
    LockNode hub = node();
    LockNode a = node();
    LockNode b = node();
    LockNode c = node();
    record(facts, hub, a);
    record(facts, a, b);
    record(facts, b, a); // a <-> b can still close a cycle
    record(facts, hub, c);
    c.markCollected();
    facts.lockCollected(c);
    assertThat(facts.edgeCount()).as("hub->c goes: c has no way out").isEqualTo(3);

    a.markCollected();
    facts.lockCollected(a);
    assertThat(facts.edgeCount()).as("a is on the a<->b cycle: it stays").isEqualTo(3);
  }

  @Test
  void a_hub_keeps_up_with_a_million_short_lived_neighbours() {
    LockOrderFacts facts = new LockOrderFacts(10_000);
    LockNode hub = node();
    for (int i = 0; i < 1_000_000; i++) {
      LockNode shortLived = node();
      record(facts, hub, shortLived);
      shortLived.markCollected();
      facts.lockCollected(shortLived);
    }
    assertThat(facts.edgeCount()).isZero();
    assertThat(facts.edgesDropped()).as("pruned edges free their room").isZero();
  }

  @Test
  void one_shape_taken_under_other_outer_locks_stays_one_variant_with_the_gates_always_held() {
    LockOrderFacts facts = new LockOrderFacts(1_000);
    LockNode a = node();
    LockNode b = node();
    for (int outer = 100; outer < 140; outer++) {
      facts.record(
          a,
          b,
          new EdgeVariant.Shape(1, 2, HeldLocks.EXCLUSIVE, HeldLocks.EXCLUSIVE, LockWaits.BLOCKING),
          new int[] {a.id(), outer},
          new LockNode[] {a},
          1,
          "main",
          0);
    }
    EdgeVariant[] variants = facts.snapshot().get(0).variants();
    assertThat(variants).hasSize(1);
    assertThat(variants[0].gates()).as("only a was held every time").containsExactly(a.id());
    assertThat(facts.variantsDropped()).isZero();
  }

  @Test
  void
      one_pair_of_locks_taken_from_many_places_keeps_each_way_and_counts_them_against_the_budget() {
    LockOrderFacts facts = new LockOrderFacts(100);
    LockNode writer = node();
    LockNode inner = node();
    for (int site = 0; site < 40; site++) {
      recordAt(facts, writer, inner, site);
    }
    assertThat(facts.snapshot().get(0).variants()).as("40 sites, all kept").hasSize(40);
    assertThat(facts.variantsDropped()).isZero();

    for (int other = 0; other < 80; other++) {
      record(facts, node(), node());
    }
    assertThat(facts.edgeCount())
        .as("40 ways + 60 edges fill the budget of 100 facts")
        .isEqualTo(61);
    assertThat(facts.edgesDropped()).isEqualTo(20);
  }

  @Test
  void ways_past_the_cap_of_one_pair_are_counted_apart_from_the_budget() {
    LockOrderFacts facts = new LockOrderFacts(10_000);
    LockNode writer = node();
    LockNode inner = node();
    for (int site = 0; site < OrderEdge.MAX_VARIANTS + 5; site++) {
      recordAt(facts, writer, inner, site);
    }
    assertThat(facts.snapshot().get(0).variants()).hasSize(OrderEdge.MAX_VARIANTS);
    assertThat(facts.variantsDropped()).isEqualTo(5);
    assertThat(facts.edgesDropped()).isZero();
  }

  @Test
  void a_pruned_edge_gives_back_the_room_of_all_its_ways() {
    LockOrderFacts facts = new LockOrderFacts(10);
    LockNode hub = node();
    LockNode shortLived = node();
    for (int site = 0; site < 10; site++) {
      recordAt(facts, hub, shortLived, site);
    }
    shortLived.markCollected();
    facts.lockCollected(shortLived);
    for (int i = 0; i < 10; i++) {
      record(facts, node(), node());
    }
    assertThat(facts.edgeCount()).isEqualTo(10);
    assertThat(facts.edgesDropped()).isZero();
  }

  private LockNode node() {
    return new LockNode(nextId++, LockNode.KIND_MONITOR, "java.lang.Object", null, null);
  }

  private static void record(LockOrderFacts facts, LockNode from, LockNode to) {
    recordAt(facts, from, to, 1);
  }

  private static void recordAt(LockOrderFacts facts, LockNode from, LockNode to, int site) {
    facts.record(
        from,
        to,
        new EdgeVariant.Shape(
            site, site + 1000, HeldLocks.EXCLUSIVE, HeldLocks.EXCLUSIVE, LockWaits.BLOCKING),
        new int[0],
        new LockNode[] {from},
        1,
        "main",
        0);
  }
}
