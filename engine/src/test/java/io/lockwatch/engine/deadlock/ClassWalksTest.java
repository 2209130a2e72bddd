package io.lockwatch.engine.deadlock;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClassWalksTest {
  private static ClassDependency dep(int id, int from, int to, int... threads) {
    return new ClassDependency(
        id,
        from,
        to,
        0,
        0,
        Share.EXCLUSIVE,
        Share.EXCLUSIVE,
        Wait.BLOCKING,
        new int[0],
        threads,
        1);
  }

  private static List<List<Integer>> walks(List<ClassDependency> deps, int length) {
    List<List<Integer>> seen = new ArrayList<>();
    new ClassWalks(deps, new StepBudget(1_000_000))
        .visit(
            length,
            new ClassWalks.Visitor() {
              @Override
              public boolean walk(List<ClassDependency> walk) {
                seen.add(walk.stream().map(ClassDependency::id).toList());
                return true;
              }

              @Override
              public void sameThread(List<ClassDependency> walk) {}
            });
    return seen;
  }

  @Test
  void each_walk_is_visited_once_whatever_its_rotation() {
    List<ClassDependency> ring = List.of(dep(0, 0, 1, 1), dep(1, 1, 2, 2), dep(2, 2, 0, 3));

    assertThat(walks(ring, 3)).containsExactly(List.of(0, 1, 2));
  }

  @Test
  void a_walk_that_repeats_a_step_is_visited_in_one_rotation() {
    List<ClassDependency> selfLoops = List.of(dep(0, 7, 7, 1, 2, 3), dep(1, 7, 7, 1, 2, 3));

    assertThat(walks(selfLoops, 3))
        .containsExactlyInAnyOrder(
            List.of(0, 0, 0), List.of(0, 0, 1), List.of(0, 1, 1), List.of(1, 1, 1));
  }

  @Test
  void dependencies_that_are_on_no_cycle_are_left_out() {
    List<ClassDependency> deps =
        List.of(dep(0, 0, 1, 1), dep(1, 1, 0, 2), dep(2, 1, 5, 2), dep(3, 5, 6, 1));

    assertThat(new ClassWalks(deps, new StepBudget(100)).eligible())
        .extracting(ClassDependency::id)
        .containsExactly(0, 1);
  }

  @Test
  void canonical_keeps_the_smallest_rotation() {
    assertThat(ClassWalks.canonical(List.of(dep(0, 0, 0, 1), dep(0, 0, 0, 1), dep(1, 0, 0, 1))))
        .isTrue();
    assertThat(ClassWalks.canonical(List.of(dep(0, 0, 0, 1), dep(1, 0, 0, 1), dep(0, 0, 0, 1))))
        .isFalse();
  }
}
