package io.lockwatch.report.cli;

import io.lockwatch.report.json.ReportFormatException;
import io.lockwatch.report.json.ReportJson;
import io.lockwatch.report.merge.MergeInput;
import io.lockwatch.report.merge.ReportMerger;
import io.lockwatch.report.model.Report;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import picocli.CommandLine.Parameters;

/**
 * The report files a command is given (a picocli mixin: {@code @Mixin ReportInputs inputs}), read
 * and, when there are several, merged into one.
 */
final class ReportInputs {
  /** Files named one by one in messages; more are counted. */
  private static final int NAMED = 3;

  @Parameters(arity = "1..*", paramLabel = "REPORT", description = "Lockwatch report JSON files.")
  private List<Path> files;

  private final Map<String, Report> read = new LinkedHashMap<>();

  /**
   * Reads every file and returns the one report: the only input, or the merge of all of them, each
   * labelled with its file name (its path if names repeat).
   *
   * @throws ReportFormatException for the first unusable file, naming it
   */
  Report report() throws ReportFormatException {
    Set<String> names = new HashSet<>();
    boolean repeated =
        !files.stream().map(f -> String.valueOf(f.getFileName())).allMatch(names::add);
    List<MergeInput> inputs = new ArrayList<>();
    for (Path file : files) {
      String label = repeated ? file.toString() : String.valueOf(file.getFileName());
      inputs.add(new MergeInput(label, ReportJson.read(file)));
    }
    inputs.forEach(i -> read.put(i.label(), i.report()));
    return inputs.size() == 1 ? inputs.get(0).report() : new ReportMerger().merge(inputs);
  }

  /** The reports {@link #report()} read, by their label, in the order given. */
  Map<String, Report> byLabel() {
    return Collections.unmodifiableMap(read);
  }

  /**
   * {@code target/lockwatch.json}, or {@code a.json, b.json}, or {@code 12 reports (a.json, ...)}.
   */
  String describe() {
    if (files.size() <= NAMED) {
      return files.stream().map(Path::toString).collect(Collectors.joining(", "));
    }
    return files.size()
        + " reports ("
        + files.stream().limit(NAMED).map(Path::toString).collect(Collectors.joining(", "))
        + ", ...)";
  }
}
