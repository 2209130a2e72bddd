package io.lockwatch.report.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lockwatch.report.SampleReports;
import io.lockwatch.report.json.ReportFormatException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineTest {
  @TempDir Path dir;

  @Test
  void writes_the_documented_format_sorted_and_reads_it_back() throws Exception {
    Baseline baseline = Baseline.of(Findings.of(SampleReports.shop()));
    Path file = dir.resolve("lockwatch-baseline.json");
    Files.writeString(file, baseline.toJson());

    String json = Files.readString(file);
    assertThat(json).startsWith("{\n  \"lockwatchBaseline\": 2,\n  \"fingerprints\": [");
    assertThat(json)
        .contains("\"category\": \"cycles\"", "\"description\": \"lock-order cycle [high");
    assertThat(baseline.entries())
        .extracting(Baseline.Entry::category)
        .containsExactly("cycles", "hazards", "races");
    assertThat(Baseline.read(file)).isEqualTo(baseline);
  }

  @Test
  void a_hand_written_baseline_needs_only_fingerprints() throws Exception {
    Path file = dir.resolve("b.json");
    Files.writeString(
        file, "{\"lockwatchBaseline\": 2, \"fingerprints\": [{\"fingerprint\": \"abc\"}]}");
    assertThat(Baseline.read(file).fingerprints()).containsExactly("abc");
  }

  @Test
  void unusable_baselines_are_named() throws Exception {
    Path file = dir.resolve("b.json");
    Files.writeString(file, "{\"fingerprints\": []}");
    assertThatThrownBy(() -> Baseline.read(file))
        .isInstanceOf(ReportFormatException.class)
        .hasMessage(file + ": not a Lockwatch baseline: missing \"lockwatchBaseline\"");
    Files.writeString(file, "{\"lockwatchBaseline\": 3, \"fingerprints\": []}");
    assertThatThrownBy(() -> Baseline.read(file))
        .hasMessageContaining("unsupported lockwatchBaseline 3");
    Files.writeString(file, "{\"lockwatchBaseline\": 2, \"fingerprints\": [{}]}");
    assertThatThrownBy(() -> Baseline.read(file))
        .hasMessage(file + ": missing \"fingerprint\" at $.fingerprints[0]");
    assertThatThrownBy(() -> Baseline.read(dir.resolve("none.json")))
        .hasMessageEndingWith("no such file");
  }

  @Test
  void a_baseline_of_line_based_fingerprints_is_refused_with_how_to_make_a_new_one()
      throws Exception {
    Path file = dir.resolve("old.json");
    Files.writeString(file, "{\"lockwatchBaseline\": 1, \"fingerprints\": []}");
    assertThatThrownBy(() -> Baseline.read(file))
        .isInstanceOf(ReportFormatException.class)
        .hasMessageContaining("Lockwatch 0.1 (made of line numbers)")
        .hasMessageContaining("lockwatch-reports baseline REPORT... -o FILE");
  }
}
