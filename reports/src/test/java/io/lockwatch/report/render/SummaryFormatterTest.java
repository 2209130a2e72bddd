package io.lockwatch.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.lockwatch.report.SampleReports;
import org.junit.jupiter.api.Test;

class SummaryFormatterTest {
  @Test
  void summary_lists_counts_and_each_finding_in_two_lines_at_most() {
    String text = SummaryFormatter.format(SampleReports.shop(), "target/lockwatch.json");
    assertThat(text)
        .startsWith("Lockwatch report target/lockwatch.json\n  run:      pid 4242, Java 17.0.15")
        .contains(
            "  seen:     42 classes instrumented, 17 locks, 12480 acquisitions, 9 lock-order edges")
        .contains("  cycles:   2 found, 1 filtered (gate-lock 1), 1 reported")
        .contains(
            "  findings: 0 observed deadlocks, 1 lock-order cycle, 1 unguarded field, 1 wait"
                + " hazard")
        .contains("  agent errors: 3")
        .contains(
            "\n"
                + "Lock-order cycles (1):\n"
                + "  lock-order cycle [high, deadlock]: Inventory.lock@OrderService.java:31")
        .contains(
            "      thread order-worker-1 holds OrderService.java:31 and takes"
                + " OrderService.java:34;")
        .contains("\nWait hazards (1):\n  wait hazard [medium]: Object.wait at Inventory.java:61");
  }

  @Test
  void lock_names_are_short() {
    assertThat(LockLabels.shortName("field com.example.Bank.lock")).isEqualTo("Bank.lock");
    assertThat(LockLabels.shortName("static field com.example.Bank$Inner.LOCK"))
        .isEqualTo("Bank$Inner.LOCK");
    assertThat(LockLabels.shortName("java.util.concurrent.locks.ReentrantLock"))
        .isEqualTo("ReentrantLock");
    assertThat(LockLabels.shortName("monitor of x (this)")).isEqualTo("monitor of x (this)");
  }

  @Test
  void source_paths_follow_the_package() {
    assertThat(SourcePaths.of(SampleReports.site("com.example.Bank$1", "run", null, 3), null))
        .isEqualTo("com/example/Bank.java");
    assertThat(SourcePaths.of(SampleReports.site("Main", "main", "Main.java", 3), "src"))
        .isEqualTo("src/Main.java");
  }
}
