package io.lockwatch.samples.it;

import static io.lockwatch.samples.it.RaceAssertions.assertFieldsWatched;
import static io.lockwatch.samples.it.RaceAssertions.assertTwinIsReported;
import static io.lockwatch.samples.it.ReportAssertions.assertCatalogVerdict;
import static io.lockwatch.samples.it.ReportAssertions.assertNoFindings;
import static io.lockwatch.samples.it.ReportAssertions.assertOption;
import static io.lockwatch.samples.it.ReportAssertions.assertRanToTheEnd;

import io.lockwatch.samples.SampleCatalog;
import io.lockwatch.samples.races.JoinThenRead;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Written by a thread, read after {@code join()} on it: ordered, no race.
 */
class JoinThenReadIT {
  private static AgentRun run;

  @BeforeAll
  static void runUnderAgent() {
    run = SampleRuns.of(SampleCatalog.JOIN_THEN_READ);
  }

  @Test
  void runs_to_the_end_with_race_detection_watching_its_fields() {
    assertRanToTheEnd(run, JoinThenRead.class);
    assertOption(run, "races", "on");
    assertFieldsWatched(run, 2);
  }

  @Test
  void reports_nothing_of_any_kind() {
    assertNoFindings(run);
  }

  @Test
  void the_racy_twin_is_reported_by_the_same_agent() {
    assertTwinIsReported(SampleCatalog.RACE_PRONE_BANK);
  }

  @Test
  void the_catalog_verdict_is_ok() {
    assertCatalogVerdict(SampleCatalog.JOIN_THEN_READ, run);
  }
}
