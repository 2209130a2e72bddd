package io.lockwatch.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Runs one variant under one configuration in a fresh child JVM and turns what the child left (exit
 * code, RESULT/HEAP/RSS lines, report) into a {@link Run}. The child's stdout, stderr and report go
 * to {@code <runs dir>/<variant>-<config>-<rep>.{out,err,json}}.
 */
final class WorkloadRunner {

  private final ChildJvms children;
  private final boolean quick;
  private final long timeoutSeconds;

  /**
   * @param children the children, whose stdout, stderr and report go to their runs directory
   * @param quick whether to run the variants' quick arguments
   * @param timeoutSeconds when a child is killed
   */
  WorkloadRunner(ChildJvms children, boolean quick, long timeoutSeconds) {
    this.children = children;
    this.quick = quick;
    this.timeoutSeconds = timeoutSeconds;
  }

  /** Runs {@code v} once under {@code r}, which must be available. */
  Run run(Variant v, ResolvedConfig r, int rep) throws IOException, InterruptedException {
    String id = v.name() + "-" + r.config().key() + "-" + rep;
    Path errFile = children.runsDir().resolve(id + ".err");
    Path report = children.runsDir().resolve(id + ".json").toAbsolutePath();
    Files.deleteIfExists(report);
    ChildRun.Outcome outcome =
        ChildRun.run(
            children.workload(
                id, v.mainClass(), v.argsFor(quick), r.config().plain() ? null : r.agentOptions()),
            Duration.ofSeconds(timeoutSeconds));
    return interpret(v.name(), r.config(), rep, outcome, errFile, report);
  }

  /**
   * What a child's outcome means: TIMEOUT when it was killed, REJECTED when the agent refused its
   * options, FAILED on another exit code or without a RESULT line, else OK with a note on the
   * report (for a run under the agent).
   */
  Run interpret(
      String variant, Config config, int rep, ChildRun.Outcome o, Path errFile, Path report)
      throws IOException {
    String key = config.key();
    if (o.timedOut()) {
      return new Run(
          variant,
          key,
          rep,
          Run.Status.TIMEOUT,
          null,
          -1,
          -1,
          o.peakHwmKb(),
          Double.NaN,
          o.wallSeconds(),
          o.otherCpuPercent(),
          "after " + timeoutSeconds + " s");
    }
    String err = Files.readString(errFile, StandardCharsets.UTF_8);
    if (o.exitCode() == 2 && AgentProbe.UNKNOWN_OPTION.matcher(err).find()) {
      return Run.rejected(
          variant, key, rep, o.wallSeconds(), o.otherCpuPercent(), "agent rejected its options");
    }
    List<String> out = o.stdout();
    Optional<ResultLine> result =
        out.stream().map(ResultLine::parse).flatMap(Optional::stream).findFirst();
    long heap = field(out, "HEAP", "usedAfterGcBytes", -1);
    long heapAfterNextLock = field(out, "HEAP", "usedAfterNextLockBytes", -1);
    long peak = Math.max(field(out, "RSS", "vmHwmKb", 0), o.peakHwmKb());
    boolean ok = o.exitCode() == 0 && result.isPresent();
    String note;
    if (!ok) {
      note =
          "exit "
              + o.exitCode()
              + (result.isEmpty() ? ", no RESULT line" : "")
              + "; see "
              + errFile;
    } else {
      note = config.plain() ? "" : ReportNote.of(report, out);
    }
    return new Run(
        variant,
        key,
        rep,
        ok ? Run.Status.OK : Run.Status.FAILED,
        result.orElse(null),
        heap,
        heapAfterNextLock,
        peak,
        o.exitMs(),
        o.wallSeconds(),
        o.otherCpuPercent(),
        note);
  }

  /** The first {@code TAG key=<long>} value in the output, or {@code missing}. */
  private static long field(List<String> out, String tag, String key, long missing) {
    return out.stream()
        .map(l -> ResultLine.longField(tag, key, l))
        .flatMap(Optional::stream)
        .findFirst()
        .orElse(missing);
  }
}
