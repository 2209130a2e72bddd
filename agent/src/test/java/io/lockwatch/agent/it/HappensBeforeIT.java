package io.lockwatch.agent.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.lockwatch.report.model.Report;
import io.lockwatch.report.model.UnguardedField;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hand-offs through the JDK's lock-free and synchronized structures are not races. */
class HappensBeforeIT {
  @TempDir Path dir;

  @Test
  void varhandle_updater_synchronized_wrapper_and_drain_to_publish_safely() throws Exception {
    ChildJvm jvm = ChildJvm.start(dir, "report=r.json", "lockwatch.it.programs.PublishedSafely");
    assertThat(jvm.waitFor(30)).isZero();
    assertThat(jvm.stdout()).contains("sum 10").contains("pool 12 12");
    Report report = ChildJvm.report(dir.resolve("r.json"));
    assertThat(report.unguardedFields()).extracting(UnguardedField::field).isEmpty();
    assertThat(report.summary().fieldAccesses()).isPositive();
  }

  @Test
  void the_plain_publication_twin_is_a_race() throws Exception {
    ChildJvm jvm =
        ChildJvm.start(dir, "report=r.json", "lockwatch.it.programs.PublishedSafely racy");
    assertThat(jvm.waitFor(30)).isZero();
    Report report = ChildJvm.report(dir.resolve("r.json"));
    assertThat(report.unguardedFields())
        .extracting(UnguardedField::field)
        // the node published without ordering: its reference and its non-final field both race
        .containsExactlyInAnyOrder(
            "lockwatch.it.programs.PublishedSafely.unsafely",
            "lockwatch.it.programs.PublishedSafely$Node.value");
  }
}
