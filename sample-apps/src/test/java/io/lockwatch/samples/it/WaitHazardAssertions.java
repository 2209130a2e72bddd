package io.lockwatch.samples.it;

import static io.lockwatch.samples.it.LockOrderAssertions.assertSite;
import static io.lockwatch.samples.it.LockOrderAssertions.assertStackStartsAt;
import static org.assertj.core.api.Assertions.assertThat;

import io.lockwatch.report.model.WaitHazard;
import java.util.List;
import java.util.regex.Pattern;

/** Checks shared by the wait-hazard integration tests. */
public final class WaitHazardAssertions {
  private static final Pattern BARE_IDENTITY = Pattern.compile("[\\w.$]*@[0-9a-fA-F]+");

  private WaitHazardAssertions() {}

  /** The one reported wait hazard, after checking its kind, severity and shape. */
  public static WaitHazard assertSingleHazard(AgentRun run, String waitKind, String severity) {
    List<WaitHazard> hazards = run.report().waitHazards();
    assertThat(hazards).as("waitHazards in %s", run.reportFile()).hasSize(1);
    assertThat(run.summary().waitHazards()).as("summary.waitHazards").isEqualTo(1);
    WaitHazard hazard = hazards.get(0);
    assertThat(hazard.waitKind()).as("waitKind").isEqualTo(waitKind);
    assertThat(hazard.severity()).as("severity").isEqualTo(severity);
    assertThat(hazard.fingerprint()).as("fingerprint").isNotBlank();
    assertThat(hazard.thread()).as("thread").isNotBlank();
    assertThat(hazard.lockHeld()).as("lockHeld").isNotBlank();
    assertThat(BARE_IDENTITY.matcher(hazard.lockHeld().strip()).matches())
        .as("lockHeld '%s' says more than an identity", hazard.lockHeld())
        .isFalse();
    assertStackStartsAt(hazard.stack(), hazard.waitSite(), "stack of the hazard");
    return hazard;
  }

  /**
   * The hazard's thread and held lock, and that the held lock was taken at {@code heldMarker} and
   * the wait made at {@code waitMarker} of {@code codeClass}.
   */
  public static void assertHazard(
      WaitHazard hazard,
      String thread,
      String lockHeldContains,
      Class<?> codeClass,
      String heldMarker,
      String waitMarker) {
    assertThat(hazard.thread()).as("thread").isEqualTo(thread);
    assertThat(hazard.lockHeld()).as("lockHeld").contains(lockHeldContains);
    assertSite(hazard.heldAt(), codeClass, heldMarker, "heldAt");
    assertSite(hazard.waitSite(), codeClass, waitMarker, "waitSite");
  }
}
