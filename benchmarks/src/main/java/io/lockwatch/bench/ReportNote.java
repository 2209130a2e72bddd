package io.lockwatch.bench;

import io.lockwatch.report.json.ReportFormatException;
import io.lockwatch.report.json.ReportJson;
import io.lockwatch.report.model.Report;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The runs table's note on the report of a run under the agent: its size and, for a program that
 * printed {@code END epochMillis=<t>}, the report's {@code run.endedAt} minus that stamp (the time
 * until the agent had its report built). The report is read with the project's own model, {@link
 * ReportJson}.
 */
final class ReportNote {

  private ReportNote() {}

  /** The note on {@code report}, given the program's standard output. */
  static String of(Path report, List<String> stdout) {
    if (!Files.isRegularFile(report)) {
      return "no report written";
    }
    try {
      String note = String.format(Locale.ROOT, "report %.0f KB", Files.size(report) / 1024.0);
      Optional<Long> end =
          stdout.stream()
              .map(l -> ResultLine.longField("END", "epochMillis", l))
              .flatMap(Optional::stream)
              .findFirst();
      if (end.isPresent()) {
        Report read = ReportJson.read(report);
        long endedAt = Instant.parse(read.run().endedAt()).toEpochMilli();
        note += String.format(Locale.ROOT, ", endedAt-END %d ms", endedAt - end.get());
        note +=
            String.format(
                Locale.ROOT,
                ", %d lock-order findings%s",
                read.lockOrderCycles().size(),
                read.summary().complete() ? "" : ", INCOMPLETE");
      }
      return note;
    } catch (IOException | ReportFormatException | RuntimeException e) {
      return "report unreadable: " + e.getMessage();
    }
  }
}
