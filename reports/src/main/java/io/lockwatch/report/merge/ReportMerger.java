package io.lockwatch.report.merge;

import io.lockwatch.report.model.AgentError;
import io.lockwatch.report.model.CodeEdge;
import io.lockwatch.report.model.Incomplete;
import io.lockwatch.report.model.LockClass;
import io.lockwatch.report.model.LockOrderCycle;
import io.lockwatch.report.model.ObservedDeadlock;
import io.lockwatch.report.model.Report;
import io.lockwatch.report.model.RunInfo;
import io.lockwatch.report.model.Summary;
import io.lockwatch.report.model.UnguardedField;
import io.lockwatch.report.model.WaitHazard;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Merges reports, e.g. one per forked test JVM, into one report.
 *
 * <ul>
 *   <li>Findings are deduplicated by fingerprint; a cycle's {@code occurrences} are summed.
 *   <li>Lock-order edges are merged by their shape, with thread names qualified by their input, and
 *       searched for cycles again with the agent's engine ({@link CrossJvmCycles}); a cycle not
 *       already in the inputs is added as predicted, so halves seen in different JVMs make a
 *       finding. What left an input's analysis incomplete stays in the merged summary.
 *   <li>Counts of what the agents saw are summed; counts of findings are those of the merged lists.
 *       Agent errors with the same kind, place and message are summed.
 *   <li>{@code run} describes the merge: {@code reason} {@code merge}, {@code pid} 0, the inputs in
 *       {@code options}, along with the agent options all inputs agree on.
 * </ul>
 */
public final class ReportMerger {
  /** ISO-8601 instants in time order; text that is not one compares as text. */
  private static final Comparator<String> INSTANTS =
      (a, b) -> {
        try {
          return Instant.parse(a).compareTo(Instant.parse(b));
        } catch (DateTimeParseException e) {
          return a.compareTo(b);
        }
      };

  /** Merges {@code inputs}, in their order. */
  public Report merge(List<MergeInput> inputs) {
    if (inputs.isEmpty()) {
      throw new IllegalArgumentException("nothing to merge");
    }
    List<Report> reports = inputs.stream().map(MergeInput::report).toList();
    boolean qualify = inputs.size() > 1;

    LockOrderEdgeMerger edgeMerger = new LockOrderEdgeMerger();
    CrossJvmCycles crossJvm = new CrossJvmCycles();
    for (MergeInput input : inputs) {
      String qualifier = qualify ? input.label() : null;
      edgeMerger.add(input.report().codeEdges(), qualifier);
      crossJvm.add(input.report().lockClasses(), input.report().codeEdges(), qualifier);
    }
    List<CodeEdge> edges = edgeMerger.edges();

    List<LockOrderCycle> cycles = mergeCycles(reports);
    Set<String> known = new HashSet<>();
    cycles.forEach(c -> known.add(c.fingerprint()));
    CrossJvmCycles.Found found = crossJvm.search(known);
    cycles.addAll(found.cycles());

    List<ObservedDeadlock> deadlocks =
        dedupe(reports, Report::observedDeadlocks, ObservedDeadlock::fingerprint);
    List<UnguardedField> fields =
        dedupe(reports, Report::unguardedFields, UnguardedField::fingerprint);
    List<WaitHazard> hazards = dedupe(reports, Report::waitHazards, WaitHazard::fingerprint);
    List<AgentError> errors = mergeErrors(reports);
    List<Incomplete> incomplete = new ArrayList<>();
    reports.forEach(r -> incomplete.addAll(r.summary().incomplete()));
    incomplete.addAll(found.incomplete());
    Summary summary =
        mergeSummary(
            reports,
            cycles.size(),
            deadlocks.size(),
            fields.size(),
            hazards.size(),
            List.copyOf(new LinkedHashSet<>(incomplete)));
    return Report.withCodeEdges(
        Report.SCHEMA_VERSION,
        mergeRun(inputs),
        summary,
        List.copyOf(cycles),
        deadlocks,
        fields,
        hazards,
        List.copyOf(errors),
        edges,
        mergeLockClasses(reports));
  }

  private static List<LockOrderCycle> mergeCycles(List<Report> reports) {
    Map<String, LockOrderCycle> byFingerprint = new LinkedHashMap<>();
    for (Report report : reports) {
      for (LockOrderCycle cycle : report.lockOrderCycles()) {
        byFingerprint.merge(cycle.fingerprint(), cycle, ReportMerger::sameCycle);
      }
    }
    return new ArrayList<>(byFingerprint.values());
  }

  /**
   * One finding seen in two reports: counts summed, the instance cycle preferred over a prediction
   * (a JVM that saw the objects outranks one that only saw the classes), tests joined.
   */
  private static LockOrderCycle sameCycle(LockOrderCycle a, LockOrderCycle b) {
    LockOrderCycle kept = a.predicted() && !b.predicted() ? b : a;
    return new LockOrderCycle(
        kept.fingerprint(),
        kept.severity(),
        kept.kind(),
        kept.chain(),
        a.occurrences() + b.occurrences(),
        a.occurrencesCapped() || b.occurrencesCapped(),
        a.predicted() && b.predicted(),
        kept.detail(),
        kept.scenario(),
        kept.locks(),
        kept.edges(),
        union(a.tests(), b.tests()),
        a.confirmed() || b.confirmation() == null ? a.confirmation() : b.confirmation());
  }

  private static List<String> union(List<String> a, List<String> b) {
    if (a == null || b == null) {
      return a == null ? b : a;
    }
    Set<String> all = new LinkedHashSet<>(a);
    all.addAll(b);
    return List.copyOf(all);
  }

  /**
   * Lock classes by name: the most permits, and a writer or a signal anywhere counts; where it was
   * first taken is the first report's that says.
   */
  private static List<LockClass> mergeLockClasses(List<Report> reports) {
    Map<String, LockClass> byName = new LinkedHashMap<>();
    for (Report report : reports) {
      for (LockClass c : report.lockClasses()) {
        byName.merge(
            c.name(),
            c,
            (x, y) ->
                new LockClass(
                    x.name(),
                    x.kind(),
                    Math.max(x.permits(), y.permits()),
                    x.writeLocked() || y.writeLocked(),
                    x.signal() || y.signal(),
                    x.firstSeen() != null ? x.firstSeen() : y.firstSeen()));
      }
    }
    return List.copyOf(byName.values());
  }

  private static <T> List<T> dedupe(
      List<Report> reports, Function<Report, List<T>> section, Function<T, String> fingerprint) {
    Map<String, T> byFingerprint = new LinkedHashMap<>();
    for (Report report : reports) {
      for (T finding : section.apply(report)) {
        byFingerprint.putIfAbsent(fingerprint.apply(finding), finding);
      }
    }
    return List.copyOf(byFingerprint.values());
  }

  private static List<AgentError> mergeErrors(List<Report> reports) {
    Map<List<String>, AgentError> byKey = new LinkedHashMap<>();
    for (Report report : reports) {
      for (AgentError error : report.agentErrors()) {
        List<String> key = Arrays.asList(error.kind(), error.where(), error.message());
        byKey.merge(
            key,
            error,
            (a, b) -> new AgentError(a.kind(), a.where(), a.message(), a.count() + b.count()));
      }
    }
    return new ArrayList<>(byKey.values());
  }

  private static Summary mergeSummary(
      List<Report> reports,
      long cycles,
      long deadlocks,
      long fields,
      long hazards,
      List<Incomplete> incomplete) {
    long classes = 0;
    long locks = 0;
    long acquisitions = 0;
    long edges = 0;
    long reentrant = 0;
    long cyclesFound = 0;
    long agentErrors = 0;
    long fieldsTracked = 0;
    long fieldAccesses = 0;
    Map<String, Long> filtered = new TreeMap<>();
    for (Report report : reports) {
      Summary s = report.summary();
      classes += s.classesInstrumented();
      locks += s.locksSeen();
      acquisitions += s.acquisitions();
      edges += s.edges();
      reentrant += s.reentrantAcquisitions();
      cyclesFound += s.cyclesFound();
      agentErrors += s.agentErrors();
      fieldsTracked = Math.max(fieldsTracked, s.fieldsTracked());
      fieldAccesses += s.fieldAccesses();
      s.cyclesFiltered().forEach((filter, n) -> filtered.merge(filter, n, Long::sum));
    }
    return new Summary(
        classes,
        locks,
        acquisitions,
        edges,
        reentrant,
        cyclesFound,
        cycles,
        filtered,
        incomplete,
        deadlocks,
        fields,
        hazards,
        agentErrors,
        fieldsTracked,
        fieldAccesses);
  }

  private static RunInfo mergeRun(List<MergeInput> inputs) {
    List<RunInfo> runs = inputs.stream().map(i -> i.report().run()).toList();
    Map<String, String> options = new TreeMap<>(agreedOptions(runs));
    options.put(
        "merge.inputs", inputs.stream().map(MergeInput::label).collect(Collectors.joining(",")));
    options.put(
        "merge.pids",
        runs.stream().map(r -> String.valueOf(r.pid())).collect(Collectors.joining(",")));
    options.put(
        "merge.reasons", runs.stream().map(RunInfo::reason).collect(Collectors.joining(",")));
    return new RunInfo(
        distinct(runs, RunInfo::agentVersion),
        distinct(runs, RunInfo::javaVersion),
        distinct(runs, RunInfo::javaVendor),
        "merge of " + inputs.size() + " report" + (inputs.size() == 1 ? "" : "s"),
        0,
        runs.stream().map(RunInfo::startedAt).min(INSTANTS).orElseThrow(),
        runs.stream().map(RunInfo::endedAt).max(INSTANTS).orElseThrow(),
        "merge",
        options);
  }

  /** The options whose value is the same in every run. */
  private static Map<String, String> agreedOptions(List<RunInfo> runs) {
    Map<String, String> agreed = new LinkedHashMap<>(runs.get(0).options());
    for (RunInfo run : runs) {
      agreed.entrySet().removeIf(e -> !Objects.equals(run.options().get(e.getKey()), e.getValue()));
    }
    return agreed;
  }

  private static String distinct(List<RunInfo> runs, Function<RunInfo, String> field) {
    String joined =
        runs.stream()
            .map(field)
            .filter(Objects::nonNull)
            .distinct()
            .collect(Collectors.joining(", "));
    return joined.isEmpty() ? null : joined;
  }
}
