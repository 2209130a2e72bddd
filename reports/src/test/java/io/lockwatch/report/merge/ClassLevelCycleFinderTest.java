package io.lockwatch.report.merge;

import static io.lockwatch.report.SampleReports.edge;
import static org.assertj.core.api.Assertions.assertThat;

import io.lockwatch.report.SampleReports;
import io.lockwatch.report.model.LockOrderCycle;
import io.lockwatch.report.model.LockOrderEdge;
import io.lockwatch.report.model.Site;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClassLevelCycleFinderTest {
  private final ClassLevelCycleFinder finder = new ClassLevelCycleFinder();

  private static Site site(int line) {
    return SampleReports.site("com.example.Flow", "step", "Flow.java", line);
  }

  /** A ring of {@code n} lock classes L0 -> L1 -> ... -> L0, each edge from its own thread. */
  private static List<LockOrderEdge> ring(int n) {
    List<LockOrderEdge> edges = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      edges.add(
          edge("L" + i, "L" + (i + 1) % n, site(10 * i), site(10 * i + 1), List.of(), "t" + i));
    }
    return edges;
  }

  @Test
  void cycles_up_to_the_length_limit_are_found() {
    assertThat(finder.find(ring(2))).hasSize(1);
    assertThat(finder.find(ring(ClassLevelCycleFinder.MAX_LENGTH))).hasSize(1);
    assertThat(finder.find(ring(ClassLevelCycleFinder.MAX_LENGTH + 1))).isEmpty();
    assertThat(finder.limitReached()).isFalse();
  }

  @Test
  void parallel_edges_give_one_cycle_per_combination_of_sites() {
    List<LockOrderEdge> edges = new ArrayList<>(ring(2));
    edges.add(edge("L0", "L1", site(100), site(101), List.of(), "t9"));
    List<LockOrderCycle> cycles = finder.find(edges);
    assertThat(cycles).hasSize(2);
    assertThat(cycles).extracting(LockOrderCycle::fingerprint).doesNotHaveDuplicates();
  }

  @Test
  void threads_must_be_distinct_per_edge() {
    List<LockOrderEdge> oneThread =
        List.of(
            edge("A", "B", site(1), site(2), List.of(), "t1"),
            edge("B", "A", site(3), site(4), List.of(), "t1"));
    assertThat(finder.find(oneThread)).isEmpty();
    List<LockOrderEdge> secondThreadOnOneEdge =
        List.of(
            edge("A", "B", site(1), site(2), List.of(), "t1"),
            edge("B", "A", site(3), site(4), List.of(), "t1", "t2"));
    assertThat(finder.find(secondThreadOnOneEdge))
        .singleElement()
        .satisfies(
            c -> assertThat(c.edges()).extracting(e -> e.thread()).containsExactly("t1", "t2"));
  }

  @Test
  void timed_and_read_acquisitions_change_the_kind_and_reads_alone_are_no_cycle() {
    List<LockOrderEdge> timed =
        List.of(
            edge("A", "B", site(1), site(2), List.of(), "t1"),
            new LockOrderEdge("B", "A", site(3), site(4), "timed", List.of(), List.of("t2"), 1));
    assertThat(finder.find(timed))
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.kind()).isEqualTo("stall");
              assertThat(c.severity()).isEqualTo("medium");
            });
    List<LockOrderEdge> reads =
        List.of(
            new LockOrderEdge("A", "B", site(1), site(2), "read", List.of(), List.of("t1"), 1),
            new LockOrderEdge("B", "A", site(3), site(4), "read", List.of(), List.of("t2"), 1));
    assertThat(finder.find(reads)).isEmpty();
  }

  @Test
  void a_dense_graph_stays_bounded() {
    List<LockOrderEdge> edges = new ArrayList<>();
    int n = 12;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        if (i != j) {
          edges.add(
              edge(
                  "L" + i,
                  "L" + j,
                  site(i * 100 + j),
                  site(i * 100 + j + 50),
                  List.of(),
                  "t" + i + "-" + j));
        }
      }
    }
    long start = System.nanoTime();
    List<LockOrderCycle> cycles = finder.find(edges);
    assertThat(cycles).isNotEmpty();
    assertThat(System.nanoTime() - start).isLessThan(10_000_000_000L);
  }
}
