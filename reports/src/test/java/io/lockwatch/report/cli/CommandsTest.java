package io.lockwatch.report.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.lockwatch.report.Fixtures;
import io.lockwatch.report.json.ReportJson;
import io.lockwatch.report.model.Report;
import io.lockwatch.report.schema.ReportSchema;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CommandsTest {
  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"", "check", "baseline", "merge", "render", "summary"})
  void every_command_has_help(String command) {
    CliRun run = command.isEmpty() ? CliRun.of("--help") : CliRun.of(command, "--help");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("Usage: lockwatch-reports").contains("-h, --help");
  }

  @Test
  void top_level_help_lists_the_commands() {
    assertThat(CliRun.of("--help").out())
        .contains("check", "baseline", "merge", "render", "summary");
    assertThat(CliRun.of("check", "--help").out())
        .contains("--fail-on", "--baseline", "Exit codes:");
    assertThat(CliRun.of("--version").out()).startsWith("lockwatch-reports ");
  }

  @Test
  void merge_writes_one_valid_report_with_the_cross_jvm_cycle() throws Exception {
    Path merged = dir.resolve("out/merged.json");
    CliRun run =
        CliRun.of(
            "merge",
            Fixtures.path("jvm-order.json"),
            Fixtures.path("jvm-report.json"),
            "-o",
            merged);
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("into " + merged + ": 1 lock-order cycles");
    Report report = ReportJson.read(merged);
    assertThat(report.lockOrderCycles()).hasSize(1);
    assertThat(report.run().options())
        .containsEntry("merge.inputs", "jvm-order.json,jvm-report.json");
    assertThat(ReportSchema.problems(merged)).isEmpty();

    assertThat(CliRun.of("check", merged).exitCode()).isEqualTo(1);
  }

  @Test
  void merge_to_standard_output() {
    CliRun run =
        CliRun.of("merge", Fixtures.path("shop.json"), Fixtures.path("shop.json"), "-o", "-");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("{\n  \"schemaVersion\": 4,").contains("\"occurrences\": 2");
  }

  @Test
  void render_writes_each_format() throws Exception {
    Path shop = Fixtures.path("shop.json");
    for (String format : new String[] {"sarif", "html", "dot", "HTML"}) {
      Path out = dir.resolve("lockwatch." + format);
      CliRun run = CliRun.of("render", shop, "--format", format, "-o", out);
      assertThat(run.exitCode()).as(run.err()).isZero();
      assertThat(Files.size(out)).isGreaterThan(500);
    }
    assertThat(Files.readString(dir.resolve("lockwatch.sarif"))).contains("\"version\": \"2.1.0\"");
    assertThat(Files.readString(dir.resolve("lockwatch.html"))).contains("<svg");
    assertThat(Files.readString(dir.resolve("lockwatch.dot"))).startsWith("digraph lockorder {");
    CliRun toStdout = CliRun.of("render", shop, "-f", "dot");
    assertThat(toStdout.out()).startsWith("digraph lockorder {");
    CliRun badFormat = CliRun.of("render", shop, "-f", "pdf");
    assertThat(badFormat.exitCode()).isEqualTo(2);
  }

  @Test
  void render_html_shows_sources_from_each_source_root_and_the_input_of_each_finding()
      throws Exception {
    Path file = dir.resolve("src/com/example/shop/Stats.java");
    Files.createDirectories(file.getParent());
    Files.writeString(file, "class Stats {\n".repeat(16) + "  ordersPlaced++;\n");
    Path out = dir.resolve("merged.html");
    CliRun run =
        CliRun.of(
            "render",
            Fixtures.path("shop.json"),
            Fixtures.path("hung.json"),
            "-f",
            "html",
            "--source-root",
            dir.resolve("nowhere"),
            "--source-root",
            dir.resolve("src"),
            "-o",
            out);
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(Files.readString(out))
        .contains("<figcaption>com/example/shop/Stats.java:17</figcaption>")
        .contains("<mark><i>17</i>  <b>ordersPlaced</b>++;</mark>")
        .contains("seen in: shop.json", "seen in: hung.json");
  }

  @Test
  void render_into_a_directory_exits_2() {
    CliRun run = CliRun.of("render", Fixtures.path("shop.json"), "-f", "html", "-o", dir);
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .startsWith("lockwatch-reports: cannot write or read a file:")
        .doesNotContain("\tat ");
  }

  @Test
  void summary_prints_the_summary_and_exits_0_even_with_findings() {
    CliRun run = CliRun.of("summary", Fixtures.path("shop.json"));
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .startsWith("Lockwatch report ")
        .contains("Lock-order cycles (1):", "Unguarded fields (1):", "Wait hazards (1):")
        .doesNotContain("FAILED");
  }
}
