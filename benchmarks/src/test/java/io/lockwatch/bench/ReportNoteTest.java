package io.lockwatch.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.lockwatch.report.json.ReportJson;
import io.lockwatch.report.model.Report;
import io.lockwatch.report.model.RunInfo;
import io.lockwatch.report.model.Summary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The note on a child's report, read with the report model. */
class ReportNoteTest {

  private static final String ENDED_AT = "2026-01-02T03:04:05.500Z";

  @TempDir Path dir;

  static Report report(String endedAt) {
    return Report.withCodeEdges(
        Report.SCHEMA_VERSION,
        new RunInfo(
            "0.1.0",
            "17",
            "Debian",
            "Probe",
            42,
            "2026-01-02T03:04:00Z",
            endedAt,
            "exit",
            Map.of()),
        new Summary(0, 0, 0, 0, 0, 0, 0, Map.of(), List.of(), 0, 0, 0, 0, 0, 0),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of());
  }

  private Path written() throws Exception {
    Path file = dir.resolve("r.json");
    ReportJson.writeAtomically(report(ENDED_AT), file);
    return file;
  }

  @Test
  void gives_the_report_size_and_its_end_minus_the_program_end_stamp() throws Exception {
    Path file = written();
    long end = Instant.parse(ENDED_AT).toEpochMilli() - 1200;

    assertThat(ReportNote.of(file, List.of("RESULT x", "END epochMillis=" + end)))
        .isEqualTo(kb(file) + ", endedAt-END 1200 ms, 0 lock-order findings");
  }

  @Test
  void without_an_end_stamp_gives_the_size_only() throws Exception {
    Path file = written();

    assertThat(ReportNote.of(file, List.of("RESULT x"))).isEqualTo(kb(file));
  }

  @Test
  void says_when_there_is_no_report_or_it_cannot_be_read() throws Exception {
    assertThat(ReportNote.of(dir.resolve("none.json"), List.of())).isEqualTo("no report written");

    Path broken = Files.writeString(dir.resolve("broken.json"), "{\"schemaVersion\": 1");
    assertThat(ReportNote.of(broken, List.of("END epochMillis=1")))
        .startsWith("report unreadable: ")
        .contains("broken.json");
  }

  private static String kb(Path file) throws Exception {
    return String.format(Locale.ROOT, "report %.0f KB", Files.size(file) / 1024.0);
  }
}
