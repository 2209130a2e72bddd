package io.lockwatch.report.merge;

import io.lockwatch.report.json.ReportFormatException;
import io.lockwatch.report.json.ReportJson;
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

/**
 * Report files read and, when there are several, merged into one report: what every command of the
 * reports tool, and every goal of the Maven plugin, works on.
 */
public final class ReportSet {
  /** Files named one by one in messages; more are counted. */
  private static final int NAMED = 3;

  private final List<Path> files;
  private final Map<String, Report> byLabel;
  private final Report report;

  private ReportSet(List<Path> files, Map<String, Report> byLabel, Report report) {
    this.files = files;
    this.byLabel = byLabel;
    this.report = report;
  }

  /**
   * Reads the files that {@code arguments} name (files, directories, glob patterns: see {@link
   * ReportPaths}) and merges them.
   *
   * @throws ReportFormatException for the first unusable file, naming it, or an argument that names
   *     no file
   */
  public static ReportSet read(List<String> arguments) throws ReportFormatException {
    return readFiles(ReportPaths.expand(arguments));
  }

  /**
   * Reads every file and merges them, each labelled with its file name (its path if names repeat).
   *
   * @throws ReportFormatException for the first unusable file, naming it
   */
  public static ReportSet readFiles(List<Path> files) throws ReportFormatException {
    if (files.isEmpty()) {
      throw new ReportFormatException("no report files given");
    }
    Set<String> names = new HashSet<>();
    boolean repeated =
        !files.stream().map(f -> String.valueOf(f.getFileName())).allMatch(names::add);
    List<MergeInput> inputs = new ArrayList<>();
    Map<String, Report> byLabel = new LinkedHashMap<>();
    for (Path file : files) {
      String label = repeated ? file.toString() : String.valueOf(file.getFileName());
      MergeInput input = new MergeInput(label, ReportJson.read(file));
      inputs.add(input);
      byLabel.put(label, input.report());
    }
    Report report = inputs.size() == 1 ? inputs.get(0).report() : new ReportMerger().merge(inputs);
    return new ReportSet(List.copyOf(files), Collections.unmodifiableMap(byLabel), report);
  }

  /** The one report: the only input, or the merge of all of them. */
  public Report report() {
    return report;
  }

  /** The reports read, by their label, in the order given. */
  public Map<String, Report> byLabel() {
    return byLabel;
  }

  /** The files read. */
  public List<Path> files() {
    return files;
  }

  /**
   * {@code target/lockwatch.json}, or {@code a.json, b.json}, or {@code 12 reports (a.json, ...)}.
   */
  public String describe() {
    if (files.size() <= NAMED) {
      return files.stream().map(Path::toString).collect(Collectors.joining(", "));
    }
    return files.size()
        + " reports ("
        + files.stream().limit(NAMED).map(Path::toString).collect(Collectors.joining(", "))
        + ", ...)";
  }
}
