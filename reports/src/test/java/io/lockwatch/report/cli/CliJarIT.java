package io.lockwatch.report.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.lockwatch.report.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built executable jar, run as {@code java -jar} the way CI runs it. */
class CliJarIT {
  @TempDir Path dir;

  static Path jar() {
    Path jar = Path.of(System.getProperty("lockwatch.reportsJar", "target/lockwatch-reports.jar"));
    assertThat(jar).as("the shaded jar (mvn package builds it)").isRegularFile();
    return jar;
  }

  /**
   * Exit code, standard output and standard error of {@code java -jar lockwatch-reports.jar args}.
   */
  static CliRun javaJar(Object... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(jar().toString());
    for (Object arg : args) {
      command.add(String.valueOf(arg));
    }
    Path out = Files.createTempFile("cli", ".out");
    Path err = Files.createTempFile("cli", ".err");
    Process process =
        new ProcessBuilder(command)
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("finished in time").isTrue();
    return new CliRun(
        process.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  void help_and_version() throws Exception {
    CliRun help = javaJar("--help");
    assertThat(help.exitCode()).isZero();
    assertThat(help.out()).contains("check", "baseline", "merge", "render", "summary");
    assertThat(javaJar("--version").out()).startsWith("lockwatch-reports 0.1.0");
    assertThat(javaJar("render", "--help").out()).contains("--format", "--output");
  }

  @Test
  void exit_codes_0_1_2() throws Exception {
    assertThat(javaJar("check", Fixtures.path("clean.json")).exitCode()).isZero();
    assertThat(javaJar("check", Fixtures.path("shop.json")).exitCode()).isEqualTo(1);
    Path truncated =
        Files.writeString(dir.resolve("truncated.json"), "{\"schemaVersion\": 1, \"run\": {");
    CliRun bad = javaJar("check", truncated);
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err().lines())
        .singleElement()
        .asString()
        .startsWith("lockwatch-reports: " + truncated);
    assertThat(javaJar("check", dir).exitCode()).isEqualTo(2);
  }

  @Test
  void merge_then_render_every_format() throws Exception {
    Path merged = dir.resolve("merged.json");
    assertThat(
            javaJar(
                    "merge",
                    Fixtures.path("jvm-order.json"),
                    Fixtures.path("jvm-report.json"),
                    "-o",
                    merged)
                .exitCode())
        .isZero();
    assertThat(javaJar("check", merged).out()).contains("1 lock-order cycle found");
    for (String format : List.of("sarif", "html", "dot")) {
      Path out = dir.resolve("report." + format);
      CliRun run = javaJar("render", merged, "--format", format, "-o", out);
      assertThat(run.exitCode()).as(run.err()).isZero();
      assertThat(out).isNotEmptyFile();
    }
  }
}
