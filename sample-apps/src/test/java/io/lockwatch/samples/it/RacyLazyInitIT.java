package io.lockwatch.samples.it;

import static io.lockwatch.samples.it.RaceAssertions.assertSingleField;
import static io.lockwatch.samples.it.ReportAssertions.assertCatalogVerdict;
import static io.lockwatch.samples.it.ReportAssertions.assertRanToTheEnd;
import static io.lockwatch.samples.it.ReportAssertions.assertSiteAtOneOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.lockwatch.report.model.UnguardedField;
import io.lockwatch.report.model.UnguardedField.FieldAccess;
import io.lockwatch.samples.SampleCatalog;
import io.lockwatch.samples.races.RacyLazyInit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Double-checked locking without volatile: the unlocked read races with the locked write. */
class RacyLazyInitIT {
  private static AgentRun run;

  @BeforeAll
  static void runUnderAgent() {
    run = SampleRuns.of(SampleCatalog.RACY_LAZY_INIT);
  }

  @Test
  void runs_to_the_end() {
    assertRanToTheEnd(run, RacyLazyInit.class);
  }

  @Test
  void reports_the_instance_field_once() {
    assertSingleField(run, RacyLazyInit.class, "instance", true);
  }

  @Test
  void the_locked_write_races_with_an_unlocked_read() {
    UnguardedField field = assertSingleField(run, RacyLazyInit.class, "instance", true);
    FieldAccess write =
        field.accesses().stream().filter(a -> "write".equals(a.kind())).findFirst().orElseThrow();
    FieldAccess read =
        field.accesses().stream().filter(a -> "read".equals(a.kind())).findFirst().orElseThrow();
    assertSiteAtOneOf(write.site(), RacyLazyInit.class, "the write", "publish");
    assertThat(write.locksHeld()).as("locksHeld at the write").singleElement().asString()
        .contains("LOCK");
    assertSiteAtOneOf(read.site(), RacyLazyInit.class, "the read", "first-check", "return");
    assertThat(read.locksHeld()).as("locksHeld at the unlocked read").isEmpty();
  }

  @Test
  void the_catalog_verdict_is_ok() {
    assertCatalogVerdict(SampleCatalog.RACY_LAZY_INIT, run);
  }
}
