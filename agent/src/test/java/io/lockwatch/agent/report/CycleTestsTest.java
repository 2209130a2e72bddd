package io.lockwatch.agent.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.lockwatch.agent.runtime.tests.RunningTests;
import io.lockwatch.engine.deadlock.ClassDependency;
import io.lockwatch.engine.deadlock.DeadlockFinding;
import io.lockwatch.engine.deadlock.FindingKind;
import io.lockwatch.engine.deadlock.Severity;
import io.lockwatch.engine.deadlock.Share;
import io.lockwatch.engine.deadlock.Wait;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CycleTestsTest {
  /** Engine threads 0..3: the acting ids they were recorded under. */
  private static final long[] ACTING = {-1, -2, 7, -3};

  /** -1 and -2: two tests on thread 1 (main); 7: a thread of no test; -3: a test on thread 8. */
  private static final Map<Long, RunningTests.Acting> TESTS =
      Map.of(
          -1L, new RunningTests.Acting(1, "FooTest#a"),
          -2L, new RunningTests.Acting(1, "FooTest#b"),
          -3L, new RunningTests.Acting(8, "BarTest#c"));

  private static ClassDependency step(int id, int from, int to, int... threads) {
    return new ClassDependency(
        id,
        from,
        to,
        id,
        id + 10,
        Share.EXCLUSIVE,
        Share.EXCLUSIVE,
        Wait.BLOCKING,
        new int[0],
        threads,
        1);
  }

  private static CycleTests of(int[] chosen, ClassDependency... walk) {
    DeadlockFinding finding =
        new DeadlockFinding(
            "cycle:0",
            FindingKind.DEADLOCK,
            Severity.HIGH,
            true,
            null,
            List.of(walk),
            null,
            chosen,
            1,
            false);
    return CycleTests.of(finding, t -> ACTING[t], TESTS::get);
  }

  @Test
  void two_tests_on_one_thread_in_opposite_orders_are_told_apart_only_by_test() {
    CycleTests tests = of(new int[] {0, 1}, step(0, 0, 1, 0), step(1, 1, 0, 1));

    assertThat(tests.onlyByTest()).isTrue();
    assertThat(tests.tests()).containsExactly("FooTest#a", "FooTest#b");
  }

  @Test
  void a_step_also_taken_by_another_real_thread_makes_it_a_cycle_between_real_threads() {
    CycleTests tests = of(new int[] {0, 1}, step(0, 0, 1, 0, 3), step(1, 1, 0, 1));

    assertThat(tests.onlyByTest()).isFalse();
  }

  @Test
  void threads_of_no_test_count_as_themselves_and_name_no_test() {
    CycleTests tests = of(new int[] {2, 3}, step(0, 0, 1, 2), step(1, 1, 0, 3));

    assertThat(tests.onlyByTest()).isFalse();
    assertThat(tests.tests()).containsExactly("BarTest#c");
    assertThat(of(new int[] {2, 2}, step(0, 0, 1, 2)).tests()).isNull();
  }
}
