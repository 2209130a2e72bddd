package io.lockwatch.samples.it;

import static io.lockwatch.samples.it.RaceAssertions.assertAccessesAt;
import static io.lockwatch.samples.it.RaceAssertions.assertNoLocksHeld;
import static io.lockwatch.samples.it.RaceAssertions.assertNoRace;
import static io.lockwatch.samples.it.RaceAssertions.assertSingleField;
import static io.lockwatch.samples.it.ReportAssertions.assertCatalogVerdict;
import static io.lockwatch.samples.it.ReportAssertions.assertNoFindings;
import static io.lockwatch.samples.it.ReportAssertions.assertOption;
import static io.lockwatch.samples.it.ReportAssertions.assertRanToTheEnd;
import static org.assertj.core.api.Assertions.assertThat;

import io.lockwatch.report.model.UnguardedField;
import io.lockwatch.report.model.UnguardedField.FieldAccess;
import io.lockwatch.samples.SampleCatalog;
import io.lockwatch.samples.races.RaceProneBank;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The lost update, reported by default ({@code races=on}) and not with {@code races=off}. */
class RaceProneBankIT {
  private static final Class<?> ACCOUNT = SourceMarkers.nested(RaceProneBank.class, "Account");

  private static AgentRun run;

  @BeforeAll
  static void runUnderAgent() {
    run = SampleRuns.of(SampleCatalog.RACE_PRONE_BANK);
  }

  @Test
  void runs_to_the_end_with_race_detection_on_by_default() {
    assertThat(SampleCatalog.RACE_PRONE_BANK.agentOptions()).as("catalog options").isEmpty();
    assertRanToTheEnd(run, RaceProneBank.class);
    assertOption(run, "races", "on");
  }

  @Test
  void reports_the_balance_as_one_observed_race() {
    UnguardedField field = assertSingleField(run, ACCOUNT, "balance", true);
    assertThat(field.severity()).as("severity of an observed race").isEqualTo("high");
  }

  @Test
  void the_two_accesses_are_tellers_at_the_marked_lines_holding_no_lock() {
    UnguardedField field = assertSingleField(run, ACCOUNT, "balance", true);
    assertAccessesAt(field, ACCOUNT, "read-balance", "write-balance");
    assertNoLocksHeld(field);
    for (FieldAccess access : field.accesses()) {
      assertThat(access.thread()).as("thread").startsWith("teller-");
    }
  }

  @Test
  void reports_nothing_else() {
    assertThat(run.cycles()).as("lockOrderCycles").isEmpty();
    assertThat(run.report().waitHazards()).as("waitHazards").isEmpty();
    assertThat(run.report().observedDeadlocks()).as("observedDeadlocks").isEmpty();
  }

  @Test
  void the_catalog_verdict_is_ok() {
    assertCatalogVerdict(SampleCatalog.RACE_PRONE_BANK, run);
  }

  @Test
  void races_off_reports_no_unguarded_field() {
    AgentRun off = SampleRuns.of(SampleCatalog.RACE_PRONE_BANK_RACES_OFF);
    assertRanToTheEnd(off, RaceProneBank.class);
    assertOption(off, "races", "off");
    assertNoRace(off);
    assertNoFindings(off);
    assertCatalogVerdict(SampleCatalog.RACE_PRONE_BANK_RACES_OFF, off);
  }
}
