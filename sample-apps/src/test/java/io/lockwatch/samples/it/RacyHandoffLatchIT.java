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
import io.lockwatch.samples.races.RacyHandoffLatch;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The read made without the hand-off races with the write the hand-off would have ordered. */
class RacyHandoffLatchIT {
  private static final Class<?> OWNER = SourceMarkers.nested(RacyHandoffLatch.class, "Report");

  private static AgentRun run;

  @BeforeAll
  static void runUnderAgent() {
    run = SampleRuns.of(SampleCatalog.RACY_HANDOFF_LATCH);
  }

  @Test
  void runs_to_the_end() {
    assertRanToTheEnd(run, RacyHandoffLatch.class);
  }

  @Test
  void reports_the_field_once_between_the_write_and_the_early_read() {
    UnguardedField field = assertSingleField(run, OWNER, "pages", true);
    assertNoLocksHeld(field);
    FieldAccess write = accessBy(field, "producer");
    assertThat(write.kind()).isEqualTo("write");
    assertSiteAtOneOf(write.site(), RacyHandoffLatch.class, "write by producer", "write-pages");
    FieldAccess read = accessBy(field, "reader");
    assertThat(read.kind()).isEqualTo("read");
    assertSiteAtOneOf(read.site(), RacyHandoffLatch.class, "read by reader", "early-read");
  }

  @Test
  void the_catalog_verdict_is_ok() {
    assertCatalogVerdict(SampleCatalog.RACY_HANDOFF_LATCH, run);
  }
}
