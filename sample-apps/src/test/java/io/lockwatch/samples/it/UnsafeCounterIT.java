package io.lockwatch.samples.it;

import static io.lockwatch.samples.it.RaceAssertions.assertAccessesAt;
import static io.lockwatch.samples.it.RaceAssertions.assertNoLocksHeld;
import static io.lockwatch.samples.it.RaceAssertions.assertSingleField;
import static io.lockwatch.samples.it.ReportAssertions.assertCatalogVerdict;
import static io.lockwatch.samples.it.ReportAssertions.assertRanToTheEnd;
import static org.assertj.core.api.Assertions.assertThat;

import io.lockwatch.report.model.UnguardedField;
import io.lockwatch.report.model.UnguardedField.FieldAccess;
import io.lockwatch.samples.SampleCatalog;
import io.lockwatch.samples.races.UnsafeCounter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class UnsafeCounterIT {
  private static final Class<?> COUNTER = SourceMarkers.nested(UnsafeCounter.class, "Counter");

  private static AgentRun run;

  @BeforeAll
  static void runUnderAgent() {
    run = SampleRuns.of(SampleCatalog.UNSAFE_COUNTER);
  }

  @Test
  void runs_to_the_end() {
    assertRanToTheEnd(run, UnsafeCounter.class);
  }

  @Test
  void reports_the_count_once_for_both_threads_at_the_increment() {
    UnguardedField field = assertSingleField(run, COUNTER, "count", true);
    assertAccessesAt(field, COUNTER, "increment");
    assertNoLocksHeld(field);
    assertThat(field.accesses())
        .extracting(FieldAccess::thread)
        .containsExactlyInAnyOrder("counter-1", "counter-2");
  }

  @Test
  void the_catalog_verdict_is_ok() {
    assertCatalogVerdict(SampleCatalog.UNSAFE_COUNTER, run);
  }
}
