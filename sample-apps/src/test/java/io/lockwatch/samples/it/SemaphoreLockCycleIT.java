package io.lockwatch.samples.it;

import static io.lockwatch.samples.it.LockOrderAssertions.assertSingleCycle;
import static io.lockwatch.samples.it.LockOrderAssertions.assertSite;
import static io.lockwatch.samples.it.LockOrderAssertions.edgeOf;
import static io.lockwatch.samples.it.LockOrderAssertions.lock;
import static io.lockwatch.samples.it.ReportAssertions.assertCatalogVerdict;
import static io.lockwatch.samples.it.ReportAssertions.assertRanToTheEnd;
import static io.lockwatch.samples.it.WaitHazardAssertions.assertHazard;
import static io.lockwatch.samples.it.WaitHazardAssertions.assertSingleHazard;
import static org.assertj.core.api.Assertions.assertThat;

import io.lockwatch.report.model.CycleEdge;
import io.lockwatch.report.model.LockDescription;
import io.lockwatch.report.model.LockOrderCycle;
import io.lockwatch.report.model.WaitHazard;
import io.lockwatch.samples.SampleCatalog;
import io.lockwatch.samples.primitives.SemaphoreLockCycle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SemaphoreLockCycleIT {
  private static final Class<?> PRINT_SHOP =
      SourceMarkers.nested(SemaphoreLockCycle.class, "PrintShop");

  private static AgentRun run;

  @BeforeAll
  static void runUnderAgent() {
    run = SampleRuns.of(SampleCatalog.SEMAPHORE_LOCK_CYCLE);
  }

  @Test
  void runs_to_the_end() {
    assertRanToTheEnd(run, SemaphoreLockCycle.class);
  }

  @Test
  void reports_one_deadlock_cycle_through_the_semaphore() {
    LockOrderCycle cycle = assertSingleCycle(run, "deadlock", "high");
    assertThat(cycle.locks()).hasSize(2);
    assertThat(cycle.locks())
        .as("the semaphore among the cycle's locks")
        .filteredOn(lock -> "semaphore".equals(lock.kind()))
        .singleElement()
        .satisfies(
            (LockDescription semaphore) -> {
              assertThat(semaphore.name()).contains("1 permit");
              assertThat(semaphore.type()).isEqualTo("java.util.concurrent.Semaphore");
            });
    assertThat(cycle.locks())
        .as("the job-queue lock among the cycle's locks")
        .filteredOn(lock -> "lock".equals(lock.kind()))
        .singleElement()
        .satisfies((LockDescription jobs) -> assertThat(jobs.name()).contains("jobs"));
  }

  /** Named for people like any lock: by the field that holds it, and where it was first taken. */
  @Test
  void the_semaphore_is_named_by_its_field_and_first_site() {
    LockOrderCycle cycle = assertSingleCycle(run, "deadlock", "high");
    LockDescription semaphore =
        cycle.locks().stream().filter(lock -> "semaphore".equals(lock.kind())).findFirst()
            .orElseThrow();
    assertThat(semaphore.name()).as("name").contains("field").contains("PrintShop.printer");
    assertSite(semaphore.firstSeen(), PRINT_SHOP, "spooler-acquire", "firstSeen of the semaphore");
  }

  @Test
  void each_edge_points_at_the_marked_lines_of_its_thread() {
    LockOrderCycle cycle = assertSingleCycle(run, "deadlock", "high");
    CycleEdge spooler = edgeOf(cycle, "spooler");
    assertSite(spooler.heldAt(), PRINT_SHOP, "spooler-lock", "heldAt of spooler");
    assertSite(spooler.acquiredAt(), PRINT_SHOP, "spooler-acquire", "acquiredAt of spooler");
    assertThat(lock(cycle, spooler.to()).kind()).isEqualTo("semaphore");
    CycleEdge technician = edgeOf(cycle, "technician");
    assertSite(
        technician.heldAt(), PRINT_SHOP, "technician-acquire", "heldAt of technician");
    assertSite(
        technician.acquiredAt(), PRINT_SHOP, "technician-lock", "acquiredAt of technician");
    assertThat(lock(cycle, technician.from()).kind()).isEqualTo("semaphore");
  }

  @Test
  void reports_one_acquire_hazard_for_the_permit_taken_under_the_lock() {
    WaitHazard hazard = assertSingleHazard(run, "Semaphore.acquire", "medium");
    assertHazard(hazard, "spooler", "jobs", PRINT_SHOP, "spooler-lock", "spooler-acquire");
  }

  @Test
  void the_catalog_verdict_is_ok() {
    assertCatalogVerdict(SampleCatalog.SEMAPHORE_LOCK_CYCLE, run);
  }
}
