package io.lockwatch.samples.it;

import static io.lockwatch.samples.it.RaceAssertions.accessBy;
import static io.lockwatch.samples.it.RaceAssertions.assertAccessesAt;
import static io.lockwatch.samples.it.RaceAssertions.assertSingleField;
import static io.lockwatch.samples.it.ReportAssertions.assertAcquisitions;
import static io.lockwatch.samples.it.ReportAssertions.assertCatalogVerdict;
import static io.lockwatch.samples.it.ReportAssertions.assertNoFindings;
import static io.lockwatch.samples.it.ReportAssertions.assertOption;
import static io.lockwatch.samples.it.ReportAssertions.assertRanToTheEnd;
import static org.assertj.core.api.Assertions.assertThat;

import io.lockwatch.report.model.UnguardedField;
import io.lockwatch.report.model.UnguardedField.FieldAccess;
import io.lockwatch.samples.SampleCatalog;
import io.lockwatch.samples.races.PredictOnlyRace;
import org.junit.jupiter.api.Test;

/**
 * Accesses under two unrelated locks, ordered in this run by a third lock: no observed race
 * ({@code races=on}), one predicted race ({@code races=predict}).
 */
class PredictOnlyRaceIT {
  private static final Class<?> TALLY = SourceMarkers.nested(PredictOnlyRace.class, "Tally");

  @Test
  void races_on_finds_nothing_because_every_access_is_ordered() {
    AgentRun run = SampleRuns.of(SampleCatalog.PREDICT_ONLY_RACE);
    assertRanToTheEnd(run, PredictOnlyRace.class);
    assertOption(run, "races", "on");
    assertAcquisitions(run, 4 * PredictOnlyRace.ROUNDS);
    assertNoFindings(run);
    assertCatalogVerdict(SampleCatalog.PREDICT_ONLY_RACE, run);
  }

  @Test
  void races_predict_reports_the_tally_as_a_predicted_race_below_high() {
    AgentRun run = SampleRuns.of(SampleCatalog.PREDICT_ONLY_RACE_PREDICTED);
    assertRanToTheEnd(run, PredictOnlyRace.class);
    assertOption(run, "races", "predict");
    UnguardedField field = assertSingleField(run, TALLY, "count", false);
    assertThat(field.severity()).as("severity").isNotEqualTo("high");
    assertAccessesAt(field, PredictOnlyRace.class, "east-update", "west-update");
    assertCatalogVerdict(SampleCatalog.PREDICT_ONLY_RACE_PREDICTED, run);
  }

  @Test
  void the_predicted_race_explains_itself_with_disjoint_locksets() {
    AgentRun run = SampleRuns.of(SampleCatalog.PREDICT_ONLY_RACE_PREDICTED);
    UnguardedField field = assertSingleField(run, TALLY, "count", false);
    FieldAccess east = accessBy(field, "east-clerk");
    FieldAccess west = accessBy(field, "west-clerk");
    assertThat(east.locksHeld()).as("locksHeld by east-clerk").singleElement().asString()
        .contains("EAST_LOCK");
    assertThat(west.locksHeld()).as("locksHeld by west-clerk").singleElement().asString()
        .contains("WEST_LOCK");
  }
}
