package io.lockwatch.agent.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.lockwatch.agent.runtime.AgentContext;
import io.lockwatch.agent.watchdog.DeadlocksSeen;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When a write replaces the report on disk, and when it must not. */
class ReportWriterTest {
  @TempDir Path dir;

  private final ReportBuilder builder =
      new ReportBuilder(
          new AgentContext(new AgentContext.Settings(1000, 8, false, false)),
          new DeadlocksSeen(),
          new ReportSettings(Instant.EPOCH, Map.of("races", "off"), 6, 100, 1_000_000));

  @Test
  void an_early_report_replaces_an_earlier_one_but_never_the_report_at_exit() throws Exception {
    Path target = dir.resolve("report.json");
    ReportWriter writer = new ReportWriter(builder, target.toString());

    assertThat(writer.writeEarly("lowMemory")).isNotNull();
    assertThat(Files.readString(target)).contains("\"lowMemory\"");

    assertThat(writer.writeAtExit()).isNotNull();
    assertThat(writer.writeEarly("lowMemory")).as("a late notification").isNull();
    assertThat(writer.write("deadlock")).isNull();
    assertThat(Files.readString(target)).contains("\"exit\"").doesNotContain("\"lowMemory\"");
  }
}
