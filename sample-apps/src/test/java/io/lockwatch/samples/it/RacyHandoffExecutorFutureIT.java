package io.lockwatch.samples.it;

import static io.lockwatch.samples.it.RaceAssertions.accessBy;
import static io.lockwatch.samples.it.RaceAssertions.assertNoLocksHeld;
import static io.lockwatch.samples.it.RaceAssertions.assertSingleField;
import static io.lockwatch.samples.it.ReportAssertions.assertCatalogVerdict;
import static io.lockwatch.samples.it.ReportAssertions.assertRanToTheEnd;
import static io.lockwatch.samples.it.ReportAssertions.assertSiteAtOneOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.lockwatch.report.model.UnguardedField;
import io.lockwatch.report.model.UnguardedField.FieldAccess;
import io.lockwatch.samples.SampleCatalog;
import io.lockwatch.samples.races.RacyHandoffExecutorFuture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The read made without the hand-off races with the write the hand-off would have ordered. */
class RacyHandoffExecutorFutureIT {
  private static final Class<?> OWNER =
      SourceMarkers.nested(RacyHandoffExecutorFuture.class, "Job");

  private static AgentRun run;

  @BeforeAll
  static void runUnderAgent() {
    run = SampleRuns.of(SampleCatalog.RACY_HANDOFF_EXECUTOR_FUTURE);
  }

  @Test
  void runs_to_the_end() {
    assertRanToTheEnd(run, RacyHandoffExecutorFuture.class);
  }

  @Test
  void reports_the_field_once_between_the_write_and_the_early_read() {
    UnguardedField field = assertSingleField(run, OWNER, "output", true);
    assertNoLocksHeld(field);
    FieldAccess write = accessBy(field, "pool-1-thread-1");
    assertThat(write.kind()).isEqualTo("write");
    assertSiteAtOneOf(
        write.site(), RacyHandoffExecutorFuture.class, "write by pool-1-thread-1", "task");
    FieldAccess read = accessBy(field, "main");
    assertThat(read.kind()).isEqualTo("read");
    assertSiteAtOneOf(read.site(), RacyHandoffExecutorFuture.class, "read by main", "peek");
  }

  @Test
  void the_catalog_verdict_is_ok() {
    assertCatalogVerdict(SampleCatalog.RACY_HANDOFF_EXECUTOR_FUTURE, run);
  }
}
