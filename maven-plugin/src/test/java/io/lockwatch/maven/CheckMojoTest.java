package io.lockwatch.maven;

import static io.lockwatch.maven.Parameters.set;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckMojoTest {
  @TempDir Path dir;

  private final Parameters.Lines log = new Parameters.Lines();

  /** The check with its defaults, on a report whose cycle search ran out of steps. */
  private CheckMojo check() throws IOException {
    Path reports = Files.createDirectories(dir.resolve("lockwatch"));
    try (InputStream in = getClass().getResourceAsStream("/reports/incomplete.json")) {
      Files.copy(in, reports.resolve("lockwatch-4444.json"), StandardCopyOption.REPLACE_EXISTING);
    }
    CheckMojo check = new CheckMojo();
    set(check, "reportDirectory", reports.toFile());
    set(check, "baseline", dir.resolve("lockwatch-baseline.json").toFile());
    set(check, "failOn", List.of("deadlocks", "cycles", "races", "hazards"));
    set(check, "haltOnFailure", true);
    check.setLog(log);
    return check;
  }

  @Test
  void an_incomplete_analysis_fails_the_build_unless_allowIncomplete() throws Exception {
    assertThatThrownBy(check()::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("Lockwatch check FAILED: the analysis is incomplete");
    assertThat(log.text())
        .contains("[ERROR] analysis incomplete: the cycle search stopped after 1000 steps");
  }

  @Test
  void allowIncomplete_passes_and_says_that_it_allowed_it() throws Exception {
    CheckMojo check = set(check(), "allowIncomplete", true);

    check.execute();

    assertThat(log.text())
        .contains("[INFO] analysis incomplete: the cycle search stopped after 1000 steps")
        .contains("allowed")
        .contains("[INFO] Lockwatch check passed")
        .doesNotContain("[ERROR]");
  }

  @Test
  void a_strict_baseline_fails_on_an_entry_no_finding_matches() throws Exception {
    Files.writeString(
        dir.resolve("lockwatch-baseline.json"),
        """
        {"lockwatchBaseline": 2, "fingerprints": [
          {"fingerprint": "cycle:0123456789abcdef", "category": "cycles",
           "description": "lock-order cycle [high, deadlock]: fixed since"}]}
        """);
    CheckMojo lenient = set(check(), "allowIncomplete", true);
    lenient.execute();
    assertThat(log.text()).contains("1 baseline entries match no finding any more");

    CheckMojo strict = set(set(check(), "allowIncomplete", true), "strictBaseline", true);
    assertThatThrownBy(strict::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("1 baseline entry found no more");
    assertThat(log.text()).contains("[gone] lock-order cycle [high, deadlock]: fixed since");
  }

  @Test
  void an_unknown_failOn_category_is_a_configuration_error_that_names_the_known_ones()
      throws Exception {
    CheckMojo check = set(check(), "failOn", List.of("cycles", "deadlock"));

    assertThatThrownBy(check::execute)
        .isInstanceOf(MojoExecutionException.class)
        .hasMessageStartingWith("failOn: unknown category 'deadlock'")
        .hasMessageContaining("confirmed");
  }

  @Test
  void no_report_directory_skips_the_check_with_a_line() throws Exception {
    CheckMojo check = set(check(), "reportDirectory", dir.resolve("none").toFile());

    check.execute();

    assertThat(log.lines)
        .singleElement()
        .asString()
        .startsWith("[INFO] Skipping Lockwatch: no reports");
  }
}
