package io.lockwatch.report.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lockwatch.report.json.ReportFormatException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportPathsTest {
  @TempDir Path dir;

  private Path file(String relative) throws Exception {
    Path file = dir.resolve(relative);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, "{}");
  }

  @Test
  void a_star_stays_in_its_directory_and_a_double_star_goes_down_into_subdirectories()
      throws Exception {
    Path top = file("lockwatch-1.json");
    Path nested = file("module/target/lockwatch/lockwatch-2.json");
    file("module/target/lockwatch/notes.txt");

    assertThat(ReportPaths.expand(List.of(dir + "/lockwatch-*.json"))).containsExactly(top);
    assertThat(ReportPaths.expand(List.of(dir + "/**/lockwatch-*.json"))).containsExactly(nested);
    assertThat(ReportPaths.expand(List.of(dir.toString()))).containsExactly(top, nested);
  }

  @Test
  void a_plain_path_is_kept_as_given_even_when_missing_so_reading_it_names_it() throws Exception {
    Path missing = dir.resolve("lockwatch-999.json");

    assertThat(ReportPaths.expand(List.of(missing.toString(), missing.toString())))
        .containsExactly(missing, missing);
  }

  @Test
  void a_pattern_or_directory_that_names_no_report_is_unusable() throws Exception {
    Files.createDirectories(dir.resolve("empty"));

    assertThatThrownBy(() -> ReportPaths.expand(List.of(dir + "/empty/*.json")))
        .isInstanceOf(ReportFormatException.class)
        .hasMessageEndingWith("no file matches this pattern");
    assertThatThrownBy(() -> ReportPaths.expand(List.of(dir + "/nowhere/*.json")))
        .isInstanceOf(ReportFormatException.class);
    assertThatThrownBy(() -> ReportPaths.expand(List.of(dir.resolve("empty").toString())))
        .hasMessageContaining("a directory without any report");
  }
}
