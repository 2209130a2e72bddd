package io.lockwatch.samples.it;

import static io.lockwatch.samples.it.ReportAssertions.assertAcquisitions;
import static io.lockwatch.samples.it.RaceAssertions.assertFieldsWatched;
import static io.lockwatch.samples.it.RaceAssertions.assertTwinIsReported;
import static io.lockwatch.samples.it.ReportAssertions.assertCatalogVerdict;
import static io.lockwatch.samples.it.ReportAssertions.assertNoFindings;
import static io.lockwatch.samples.it.ReportAssertions.assertOption;
import static io.lockwatch.samples.it.ReportAssertions.assertRanToTheEnd;

import io.lockwatch.samples.SampleCatalog;
import io.lockwatch.samples.races.HandoffLockedFlag;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A flag guarded by a lock orders the unlocked parcel (release, then acquire and see the flag):
 * FastTrack finds nothing where a pure lockset tool would flag the parcel.
 */
class HandoffLockedFlagIT {
  private static AgentRun run;

  @BeforeAll
  static void runUnderAgent() {
    run = SampleRuns.of(SampleCatalog.HANDOFF_LOCKED_FLAG);
  }

  @Test
  void runs_to_the_end_with_race_detection_watching_its_fields() {
    assertRanToTheEnd(run, HandoffLockedFlag.class);
    assertOption(run, "races", "on");
    assertFieldsWatched(run, 2);
    assertAcquisitions(run, 2);
  }

  @Test
  void reports_nothing_of_any_kind() {
    assertNoFindings(run);
  }

  @Test
  void the_racy_twin_is_reported_by_the_same_agent() {
    assertTwinIsReported(SampleCatalog.RACY_HANDOFF_LATCH);
  }

  @Test
  void the_catalog_verdict_is_ok() {
    assertCatalogVerdict(SampleCatalog.HANDOFF_LOCKED_FLAG, run);
  }
}
