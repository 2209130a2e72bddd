package io.lockwatch.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Runs every workload plain, under the agent with {@code races=off} and with {@code races=on}, each
 * in a fresh child JVM ({@code -Xmx2g}, the same flags for every configuration), several times,
 * and prints a markdown table of median throughput, slowdown against plain, peak RSS, heap after
 * GC and exit time; also writes it to {@code benchmarks/target/results.md}. Plain Java, no
 * dependencies. Run from the repository root; see {@code benchmarks/README.md} for the options.
 */
public final class Harness {

  /** Where the workload mains live. */
  private static final String WORKLOADS = "io.lockwatch.bench.workloads.";

  private static final Pattern ENDED_AT = Pattern.compile("\"endedAt\"\\s*:\\s*\"([^\"]+)\"");
  private static final Pattern UNKNOWN_OPTION = Pattern.compile("\\[lockwatch] ERROR unknown option");

  // ---------------------------------------------------------------- the benchmark matrix

  /** One benchmark row group: a workload main with fixed arguments. */
  record Variant(
      String name,
      int workload,
      String mainClass,
      List<String> args,
      List<String> quickArgs,
      Map<String, Double> maxSlowdown,
      String description) {

    List<String> argsFor(boolean quick) {
      return quick ? quickArgs : args;
    }
  }

  /** A way of running a workload: plain, or under the agent with some options. */
  record Config(String key, String label, String agentOption) {
    boolean plain() {
      return agentOption == null;
    }
  }

  static final Config PLAIN = new Config("plain", "plain", null);
  static final Config RACES_OFF = new Config("off", "races=off", "races=off");
  static final Config RACES_ON = new Config("on", "races=on", "races=on");
  static final List<Config> ALL_CONFIGS = List.of(PLAIN, RACES_OFF, RACES_ON);

  static List<Variant> variants(boolean quick) {
    List<Variant> v = new ArrayList<>();
    List<String> timed = List.of("--warmup", "3", "--seconds", "5");
    List<String> timedQuick = List.of("--warmup", "1", "--seconds", "2");
    Map<String, Double> w123 = Map.of("off", 1.3);
    for (int threads : new int[] {2, 8}) {
      v.add(
          variant(
              "sync-nested-" + threads + "t", 1, "SyncNested", threads, List.of(), timed, timedQuick, w123,
              "nested synchronized pair over a pool of 64 monitors, consistent order"));
    }
    for (int threads : new int[] {2, 8}) {
      v.add(
          variant(
              "reentrant-nested-" + threads + "t", 2, "LockNested", threads, List.of("--kind", "reentrant"),
              timed, timedQuick, w123, "nested ReentrantLock pair over a pool of 64, consistent order"));
    }
    for (int threads : new int[] {2, 8}) {
      v.add(
          variant(
              "rwlock-nested-" + threads + "t", 2, "LockNested", threads, List.of("--kind", "rw"), timed,
              timedQuick, w123, "nested ReentrantReadWriteLock pair (1 in 8 write), consistent order"));
    }
    v.add(
        variant(
            "prodcons-condition-4t", 3, "ProducerConsumer", 4, List.of("--kind", "condition"), timed,
            timedQuick, w123, "2 producers + 2 consumers, own bounded buffer on ReentrantLock + 2 Conditions"));
    v.add(
        variant(
            "prodcons-abq-4t", 3, "ProducerConsumer", 4, List.of("--kind", "abq"), timed, timedQuick, w123,
            "2 producers + 2 consumers over ArrayBlockingQueue (JDK lock: not instrumented)"));
    v.add(
        variant(
            "field-heavy-4t", 4, "FieldHeavy", 4, List.of(), timed, timedQuick, Map.of("on", 3.0),
            "8-field updates under account monitors, stats under ReentrantLocks"));
    v.add(
        variant(
            "h2-4t", 5, "H2Clients", 4, List.of(), List.of("--warmup", "4", "--seconds", "8"),
            List.of("--warmup", "2", "--seconds", "3"), Map.of("off", 1.1, "on", 1.5),
            "H2 in-memory DB, 4 JDBC clients: select/update/insert/range/transfer"));
    // Workload 6 is bound by a count, not a time: what it tests is memory against that count.
    long[] counts = quick ? new long[] {50_000, 200_000} : new long[] {1_000_000, 4_000_000};
    for (String mode : new String[] {"alone", "nested"}) {
      for (long count : counts) {
        List<String> a = List.of("--mode", mode, "--threads", "2", "--locks", Long.toString(count));
        v.add(
            new Variant(
                "churn-" + mode + "-" + countName(count), 6, WORKLOADS + "LockChurn", a, a, Map.of(),
                countName(count) + " short-lived locks, each locked once "
                    + (mode.equals("nested") ? "inside a long-lived lock (1 edge per lock)" : "alone")));
      }
    }
    v.add(
        new Variant(
            "report-100k-edges", 7, WORKLOADS + "ReportSize", List.of("--edges", "100000"),
            List.of("--edges", "100000"), Map.of(), "10^5 distinct lock-order edges kept alive; exit ms = report time"));
    return v;
  }

  /** 250000 -> 250k, 4000000 -> 4M. */
  static String countName(long n) {
    if (n % 1_000_000 == 0) {
      return n / 1_000_000 + "M";
    }
    if (n % 1_000 == 0) {
      return n / 1_000 + "k";
    }
    return Long.toString(n);
  }

  private static Variant variant(
      String name,
      int workload,
      String main,
      int threads,
      List<String> fixed,
      List<String> full,
      List<String> quick,
      Map<String, Double> maxSlowdown,
      String description) {
    List<String> base = new ArrayList<>(fixed);
    base.add("--threads");
    base.add(Integer.toString(threads));
    List<String> a = new ArrayList<>(base);
    a.addAll(full);
    List<String> q = new ArrayList<>(base);
    q.addAll(quick);
    return new Variant(name, workload, WORKLOADS + main, List.copyOf(a), List.copyOf(q), maxSlowdown, description);
  }

  // ---------------------------------------------------------------- options

  static final class Options {
    int reps = -1;
    int churnReps = 1;
    boolean quick;
    List<String> only = new ArrayList<>();
    List<String> configs = new ArrayList<>(List.of("plain", "off", "on"));
    String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
    Path agent = Paths.get("agent/target/lockwatch-agent.jar");
    Path jar = Paths.get("benchmarks/target/benchmarks.jar");
    Path out = Paths.get("benchmarks/target/results.md");
    Path runsDir = Paths.get("benchmarks/target/runs");
    List<String> jvmArgs = new ArrayList<>();
    String agentExtra = "";
    long timeoutSeconds = -1;
    boolean list;

    static Options parse(String[] args) {
      Options o = new Options();
      for (int i = 0; i < args.length; i++) {
        String a = args[i];
        switch (a) {
          case "--quick" -> o.quick = true;
          case "--list" -> o.list = true;
          case "--reps" -> o.reps = Integer.parseInt(value(args, ++i, a));
          case "--churn-reps" -> o.churnReps = Integer.parseInt(value(args, ++i, a));
          case "--only" -> o.only = Arrays.asList(value(args, ++i, a).split(","));
          case "--configs" -> o.configs = Arrays.asList(value(args, ++i, a).split(","));
          case "--java" -> o.java = value(args, ++i, a);
          case "--agent" -> o.agent = Paths.get(value(args, ++i, a));
          case "--jar" -> o.jar = Paths.get(value(args, ++i, a));
          case "--out" -> o.out = Paths.get(value(args, ++i, a));
          case "--runs-dir" -> o.runsDir = Paths.get(value(args, ++i, a));
          case "--jvm-arg" -> o.jvmArgs.add(value(args, ++i, a));
          case "--agent-options" -> o.agentExtra = value(args, ++i, a);
          case "--timeout" -> o.timeoutSeconds = Long.parseLong(value(args, ++i, a));
          case "-h", "--help" -> {
            System.out.println(USAGE);
            System.exit(0);
          }
          default -> throw new IllegalArgumentException("unknown argument '" + a + "'\n" + USAGE);
        }
      }
      if (o.reps < 0) {
        o.reps = o.quick ? 1 : 3;
      }
      if (o.timeoutSeconds < 0) {
        o.timeoutSeconds = o.quick ? 120 : 300;
      }
      for (String c : o.configs) {
        if (ALL_CONFIGS.stream().noneMatch(k -> k.key.equals(c))) {
          throw new IllegalArgumentException("--configs takes plain,off,on; not '" + c + "'");
        }
      }
      return o;
    }

    private static String value(String[] args, int i, String option) {
      if (i >= args.length) {
        throw new IllegalArgumentException(option + " needs a value");
      }
      return args[i];
    }
  }

  static final String USAGE =
      String.join(
          "\n",
          "usage: Harness [--quick] [--reps N] [--churn-reps N] [--only NAME,PREFIX,..] [--configs plain,off,on]",
          "               [--java PATH] [--agent JAR] [--jar BENCHMARKS_JAR] [--out FILE] [--runs-dir DIR]",
          "               [--jvm-arg ARG]... [--agent-options k=v,..] [--timeout SECONDS] [--list]",
          "  --quick          1 repetition, short phases (a smoke run of a few minutes)",
          "  --reps N         repetitions of every workload x configuration (default 3; 1 with --quick)",
          "  --churn-reps N   repetitions of the lock-churn variants (workload 6), at most --reps (default 1:",
          "                   they measure memory, which hardly varies, and take minutes under the agent)",
          "  --only LIST      only the variants whose name starts with one of these (see --list)",
          "  --configs LIST   which configurations to run (default plain,off,on)",
          "  --jvm-arg ARG    extra child JVM flag for every configuration; {run} becomes the run's id,",
          "                   e.g. --jvm-arg -XX:StartFlightRecording=filename=/tmp/{run}.jfr,settings=profile",
          "  --agent-options  extra agent options appended to every agent configuration",
          "  --timeout S      kill a child after S seconds (default 300; 120 with --quick)");

  // ---------------------------------------------------------------- one child run

  enum Status {
    OK,
    FAILED,
    TIMEOUT,
    REJECTED
  }

  /** What one child JVM run produced. */
  record Run(
      String variant,
      String config,
      int rep,
      Status status,
      ResultLine result,
      long heapAfterGcBytes,
      long heapAfterNextLockBytes,
      long peakRssKb,
      double exitMs,
      double wallSeconds,
      double otherCpuPercent,
      String note) {

    double opsPerSec() {
      return result == null ? Double.NaN : result.opsPerSec();
    }
  }

  /** How a configuration is run, decided by probing the agent once. */
  record Resolved(Config config, String agentOptions, boolean available, String footnote) {}

  private final Options options;
  private final List<Variant> variants;
  private final Map<String, Resolved> resolved = new LinkedHashMap<>();
  private final List<Run> runs = new ArrayList<>();
  private String agentDescription;

  Harness(Options options) {
    this.options = options;
    this.variants =
        variants(options.quick).stream()
            .filter(v -> options.only.isEmpty() || options.only.stream().anyMatch(p -> v.name.startsWith(p)))
            .collect(Collectors.toList());
  }

  public static void main(String[] args) throws Exception {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException bad) {
      System.err.println(bad.getMessage());
      System.exit(64);
      return;
    }
    Harness h = new Harness(options);
    if (options.list) {
      for (Variant v : h.variants) {
        System.out.printf("%-24s workload %d  %s%n", v.name, v.workload, v.description);
      }
      return;
    }
    if (h.variants.isEmpty()) {
      System.err.println("no variant matches --only " + options.only);
      System.exit(64);
    }
    System.exit(h.runAll());
  }

  int runAll() throws IOException, InterruptedException {
    if (!Files.isRegularFile(options.jar)) {
      System.err.println("harness: " + options.jar + " is missing; build with benchmarks/run.sh");
      return 1;
    }
    Files.createDirectories(options.runsDir);
    long started = System.nanoTime();
    snapshotJars();
    resolveConfigs();
    List<Config> configs =
        ALL_CONFIGS.stream().filter(c -> options.configs.contains(c.key)).collect(Collectors.toList());
    int total = variants.stream().mapToInt(this::repsOf).sum() * configs.size();
    int n = 0;
    for (Variant v : variants) {
      for (int rep = 1; rep <= repsOf(v); rep++) {
        for (Config c : configs) {
          n++;
          Resolved r = resolved.get(c.key);
          Run run;
          if (!r.available) {
            run = new Run(v.name, c.key, rep, Status.REJECTED, null, -1, -1, -1, Double.NaN, 0, Double.NaN, r.footnote);
          } else {
            run = runOne(v, r, rep);
          }
          runs.add(run);
          System.err.printf(
              Locale.ROOT,
              "[%d/%d] %-22s %-10s rep %d: %s%n",
              n,
              total,
              v.name,
              c.label,
              rep,
              describe(run));
        }
      }
    }
    double minutes = (System.nanoTime() - started) / 60e9;
    String markdown = render(configs, minutes);
    System.out.println(markdown);
    Files.createDirectories(options.out.toAbsolutePath().getParent());
    Files.writeString(options.out, markdown, StandardCharsets.UTF_8);
    writeRawRuns();
    System.err.println("harness: table written to " + options.out + " (child logs in " + options.runsDir + ")");
    return runs.stream().anyMatch(r -> r.status == Status.FAILED || r.status == Status.TIMEOUT) ? 3 : 0;
  }

  private int repsOf(Variant v) {
    return v.workload == 6 ? Math.max(1, Math.min(options.reps, options.churnReps)) : options.reps;
  }

  private static String describe(Run run) {
    return switch (run.status) {
      case OK -> String.format(
          Locale.ROOT,
          "%,.0f ops/s, heap %.1f MB, rss %.0f MB, exit %.0f ms (%.1f s, other CPU %.0f%%)",
          run.opsPerSec(),
          run.heapAfterGcBytes / 1048576.0,
          run.peakRssKb / 1024.0,
          run.exitMs,
          run.wallSeconds,
          run.otherCpuPercent);
      case REJECTED -> "n/a (" + run.note + ")";
      default -> run.status + " " + run.note;
    };
  }

  /**
   * Copies the agent jar and the benchmarks jar aside once (into the runs directory), so that a
   * rebuild of agent/ or benchmarks/ while the benchmark runs (other people work in this tree)
   * can neither break a run nor mix two versions in one table.
   */
  private void snapshotJars() throws IOException {
    options.jar = snapshot(options.jar, "benchmarks-under-test.jar");
    if (Files.isRegularFile(options.agent)) {
      agentDescription =
          options.agent + " of "
              + Files.getLastModifiedTime(options.agent).toInstant().toString().replaceAll("\\.\\d+Z$", "Z");
      options.agent = snapshot(options.agent, "agent-under-test.jar");
    }
  }

  private Path snapshot(Path jar, String name) throws IOException {
    Path copy = options.runsDir.toAbsolutePath().resolve(name);
    Files.copy(jar, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    return copy;
  }

  /** Busy and total CPU ticks of the whole machine (/proc/stat), or null off Linux. */
  static long[] machineTicks() {
    try {
      String cpu = Files.readAllLines(Paths.get("/proc/stat")).get(0);
      String[] f = cpu.trim().split("\\s+");
      long total = 0;
      for (int i = 1; i < f.length; i++) {
        total += Long.parseLong(f[i]);
      }
      long idle = Long.parseLong(f[4]) + (f.length > 5 ? Long.parseLong(f[5]) : 0);
      return new long[] {total - idle, total};
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** User + system CPU ticks of a live process (/proc/PID/stat), or -1. */
  static long processTicks(long pid) {
    try {
      String stat = Files.readString(Paths.get("/proc", Long.toString(pid), "stat"));
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
      return Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime, stime (fields 14 and 15)
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  /** Starts the trivial Probe main under each agent configuration to see whether it is accepted. */
  private void resolveConfigs() throws IOException, InterruptedException {
    for (Config c : ALL_CONFIGS) {
      if (!options.configs.contains(c.key)) {
        continue;
      }
      if (c.plain()) {
        resolved.put(c.key, new Resolved(c, null, true, null));
        continue;
      }
      if (!Files.isRegularFile(options.agent)) {
        resolved.put(c.key, new Resolved(c, null, false, "agent jar " + options.agent + " missing"));
        continue;
      }
      String opts = join(c.agentOption, options.agentExtra);
      String verdict = probe(opts);
      if (verdict == null) {
        resolved.put(c.key, new Resolved(c, opts, true, null));
      } else if (c == RACES_OFF && verdict.startsWith("unknown option")) {
        // An agent without race detection: races=off is what it always does. Run it with its
        // defaults and say so, rather than leave the agent unmeasured.
        String plainOpts = options.agentExtra;
        if (probe(plainOpts) == null) {
          resolved.put(
              c.key,
              new Resolved(
                  c,
                  plainOpts,
                  true,
                  "this agent rejects `races=off` (" + verdict + "); the row is the agent with its"
                      + " default options, which has no race detection"));
        } else {
          resolved.put(c.key, new Resolved(c, null, false, verdict));
        }
      } else {
        resolved.put(c.key, new Resolved(c, null, false, verdict));
      }
      Resolved r = resolved.get(c.key);
      System.err.println(
          "harness: "
              + c.label
              + (r.available ? " -> agent options '" + r.agentOptions + "'" : " -> n/a: " + r.footnote)
              + (r.available && r.footnote != null ? " (fallback)" : ""));
    }
  }

  /** Null when the agent starts with these options; else why not. */
  private String probe(String agentOpts) throws IOException, InterruptedException {
    Path report = options.runsDir.resolve("probe.json");
    List<String> cmd = new ArrayList<>();
    cmd.add(options.java);
    cmd.add(agentFlag(join("report=" + report.toAbsolutePath(), agentOpts)));
    cmd.add("-cp");
    cmd.add(options.jar.toString());
    cmd.add(WORKLOADS + "Probe");
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    Process p = pb.start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      return "probe timed out";
    }
    Matcher unknown = UNKNOWN_OPTION.matcher(output);
    if (p.exitValue() == 2 && unknown.find()) {
      String line = output.substring(unknown.start()).lines().findFirst().orElse("");
      return line.replace("[lockwatch] ERROR ", "");
    }
    if (p.exitValue() != 0 || !output.contains("PROBE ok")) {
      return "agent probe exited " + p.exitValue() + ": " + output.strip().lines().findFirst().orElse("");
    }
    return null;
  }

  private String agentFlag(String agentOptions) {
    return "-javaagent:" + options.agent.toAbsolutePath() + (agentOptions.isEmpty() ? "" : "=" + agentOptions);
  }

  private static String join(String a, String b) {
    if (a == null || a.isEmpty()) {
      return b == null ? "" : b;
    }
    return b == null || b.isEmpty() ? a : a + "," + b;
  }

  private Run runOne(Variant v, Resolved r, int rep) throws IOException, InterruptedException {
    String id = v.name + "-" + r.config.key + "-" + rep;
    Path outFile = options.runsDir.resolve(id + ".out");
    Path errFile = options.runsDir.resolve(id + ".err");
    Path report = options.runsDir.resolve(id + ".json").toAbsolutePath();
    Files.deleteIfExists(report);
    List<String> cmd = new ArrayList<>();
    cmd.add(options.java);
    cmd.add("-Xmx2g");
    for (String a : options.jvmArgs) {
      cmd.add(a.replace("{run}", id));
    }
    if (!r.config.plain()) {
      cmd.add(agentFlag(join("report=" + report, r.agentOptions)));
    }
    cmd.add("-cp");
    cmd.add(options.jar.toString());
    cmd.add(v.mainClass);
    cmd.addAll(v.argsFor(options.quick));

    long[] ticks0 = machineTicks();
    long t0 = System.nanoTime();
    Process p = new ProcessBuilder(cmd).redirectError(errFile.toFile()).start();
    long pid = p.pid();
    long[] polledHwm = {0};
    long[] childTicks = {0};
    Thread poller =
        new Thread(
            () -> {
              Path status = Paths.get("/proc", Long.toString(pid), "status");
              while (p.isAlive()) {
                long kb = vmHwmKb(status);
                if (kb > polledHwm[0]) {
                  polledHwm[0] = kb;
                }
                long cpu = processTicks(pid);
                if (cpu > childTicks[0]) {
                  childTicks[0] = cpu;
                }
                try {
                  Thread.sleep(50);
                } catch (InterruptedException e) {
                  return;
                }
              }
            },
            "rss-poller");
    poller.setDaemon(true);
    poller.start();

    List<String> lines = new ArrayList<>();
    long[] lastLineAt = {t0};
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader in =
                      new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
                  PrintWriter copy = new PrintWriter(Files.newBufferedWriter(outFile))) {
                String line;
                while ((line = in.readLine()) != null) {
                  long now = System.nanoTime();
                  copy.println(line);
                  synchronized (lines) {
                    lines.add(line);
                    lastLineAt[0] = now;
                  }
                }
              } catch (IOException e) {
                // the child died; its exit status tells
              }
            },
            "stdout-reader");
    reader.start();

    boolean finished = p.waitFor(options.timeoutSeconds, TimeUnit.SECONDS);
    long exitedAt = System.nanoTime();
    if (!finished) {
      p.destroyForcibly();
      p.waitFor();
    }
    reader.join(10_000);
    poller.interrupt();
    poller.join(1_000);
    double wall = (exitedAt - t0) / 1e9;
    long[] ticks1 = machineTicks();
    double otherCpu = Double.NaN;
    if (ticks0 != null && ticks1 != null && ticks1[1] > ticks0[1]) {
      // what the rest of the machine did meanwhile, in % of all cores (the child's own CPU, read up
      // to 50 ms before it exited, and this harness's polling are the small error)
      long others = (ticks1[0] - ticks0[0]) - childTicks[0];
      otherCpu = Math.max(0, 100.0 * others / (ticks1[1] - ticks0[1]));
    }
    List<String> out;
    double exitMs;
    synchronized (lines) {
      out = new ArrayList<>(lines);
      exitMs = (exitedAt - lastLineAt[0]) / 1e6;
    }
    if (!finished) {
      return new Run(v.name, r.config.key, rep, Status.TIMEOUT, null, -1, -1, polledHwm[0], Double.NaN, wall, otherCpu,
          "after " + options.timeoutSeconds + " s");
    }
    String err = Files.readString(errFile, StandardCharsets.UTF_8);
    if (p.exitValue() == 2 && UNKNOWN_OPTION.matcher(err).find()) {
      return new Run(v.name, r.config.key, rep, Status.REJECTED, null, -1, -1, -1, Double.NaN, wall, otherCpu,
          "agent rejected its options");
    }
    Optional<ResultLine> result = out.stream().map(ResultLine::parse).flatMap(Optional::stream).findFirst();
    long heap = out.stream().map(l -> ResultLine.longField("HEAP", "usedAfterGcBytes", l))
        .flatMap(Optional::stream).findFirst().orElse(-1L);
    long heap2 = out.stream().map(l -> ResultLine.longField("HEAP", "usedAfterNextLockBytes", l))
        .flatMap(Optional::stream).findFirst().orElse(-1L);
    long printedHwm = out.stream().map(l -> ResultLine.longField("RSS", "vmHwmKb", l))
        .flatMap(Optional::stream).findFirst().orElse(0L);
    long peak = Math.max(printedHwm, polledHwm[0]);
    if (p.exitValue() != 0 || result.isEmpty()) {
      String why = "exit " + p.exitValue() + (result.isEmpty() ? ", no RESULT line" : "") + "; see " + errFile;
      return new Run(v.name, r.config.key, rep, Status.FAILED, result.orElse(null), heap, heap2, peak, exitMs, wall, otherCpu, why);
    }
    String note = "";
    if (!r.config.plain()) {
      note = reportNote(report, out);
    }
    return new Run(v.name, r.config.key, rep, Status.OK, result.get(), heap, heap2, peak, exitMs, wall, otherCpu, note);
  }

  /** For a run under the agent: the report's size, and endedAt minus the program's END stamp. */
  private static String reportNote(Path report, List<String> out) {
    if (!Files.isRegularFile(report)) {
      return "no report written";
    }
    try {
      long size = Files.size(report);
      String note = String.format(Locale.ROOT, "report %.0f KB", size / 1024.0);
      Optional<Long> end =
          out.stream().map(l -> ResultLine.longField("END", "epochMillis", l)).flatMap(Optional::stream).findFirst();
      if (end.isPresent()) {
        String head = readHead(report, 1 << 16);
        Matcher m = ENDED_AT.matcher(head);
        if (m.find()) {
          long endedAt = Instant.parse(m.group(1)).toEpochMilli();
          note += String.format(Locale.ROOT, ", endedAt-END %d ms", endedAt - end.get());
        }
      }
      return note;
    } catch (IOException | RuntimeException e) {
      return "report unreadable: " + e.getMessage();
    }
  }

  private static String readHead(Path file, int max) throws IOException {
    try (var in = Files.newInputStream(file)) {
      return new String(in.readNBytes(max), StandardCharsets.UTF_8);
    }
  }

  private static long vmHwmKb(Path status) {
    try {
      for (String line : Files.readAllLines(status)) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
      }
    } catch (IOException | RuntimeException gone) {
      // the process has exited, or this is not Linux
    }
    return 0;
  }

  // ---------------------------------------------------------------- the table

  /** Summary of one variant x configuration. */
  record Cell(
      Variant variant,
      Config config,
      int ok,
      int total,
      double medianOps,
      double slowdown,
      double peakRssMb,
      double heapMb,
      double heapAfterNextLockMb,
      double exitMs,
      boolean na,
      String problem) {}

  List<Cell> cells(List<Config> configs) {
    List<Cell> cells = new ArrayList<>();
    for (Variant v : variants) {
      double plainMedian = Stats.median(opsOf(v, PLAIN));
      for (Config c : configs) {
        List<Run> rs = runsOf(v, c);
        List<Run> ok = rs.stream().filter(r -> r.status == Status.OK).collect(Collectors.toList());
        boolean na = !rs.isEmpty() && rs.stream().allMatch(r -> r.status == Status.REJECTED);
        double median = Stats.median(opsOf(v, c));
        String problem =
            rs.stream().filter(r -> r.status == Status.FAILED || r.status == Status.TIMEOUT)
                .map(r -> r.status + " (rep " + r.rep + ": " + r.note + ")").findFirst().orElse(null);
        cells.add(
            new Cell(
                v,
                c,
                ok.size(),
                rs.size(),
                median,
                c.plain() ? (Double.isNaN(median) ? Double.NaN : 1.0) : Stats.slowdown(plainMedian, median),
                Stats.max(ok.stream().map(r -> r.peakRssKb / 1024.0).collect(Collectors.toList())),
                Stats.median(ok.stream().filter(r -> r.heapAfterGcBytes >= 0)
                    .map(r -> r.heapAfterGcBytes / 1048576.0).collect(Collectors.toList())),
                Stats.median(ok.stream().filter(r -> r.heapAfterNextLockBytes >= 0)
                    .map(r -> r.heapAfterNextLockBytes / 1048576.0).collect(Collectors.toList())),
                Stats.median(ok.stream().map(r -> r.exitMs).collect(Collectors.toList())),
                na,
                problem));
      }
    }
    return cells;
  }

  private List<Run> runsOf(Variant v, Config c) {
    return runs.stream().filter(r -> r.variant.equals(v.name) && r.config.equals(c.key)).collect(Collectors.toList());
  }

  private List<Double> opsOf(Variant v, Config c) {
    return runsOf(v, c).stream().filter(r -> r.status == Status.OK).map(Run::opsPerSec).collect(Collectors.toList());
  }

  String render(List<Config> configs, double minutes) {
    StringWriter s = new StringWriter();
    PrintWriter w = new PrintWriter(s);
    w.println("# Lockwatch overhead benchmark");
    w.println();
    w.printf(
        Locale.ROOT,
        "%s; %s; %d rep(s) per cell (lock churn: %d); %d cores; child JVM `%s -Xmx2g%s`; agent `%s`; %.1f min.%n",
        Instant.now().toString().replaceAll("\\.\\d+Z$", "Z"),
        options.quick ? "**quick** (short phases)" : "full phases",
        options.reps,
        Math.max(1, Math.min(options.reps, options.churnReps)),
        Runtime.getRuntime().availableProcessors(),
        javaVersion(),
        options.jvmArgs.isEmpty() ? "" : " " + String.join(" ", options.jvmArgs),
        agentDescription == null ? options.agent : agentDescription,
        minutes);
    List<Double> others =
        runs.stream().map(r -> r.otherCpuPercent).filter(d -> !Double.isNaN(d)).collect(Collectors.toList());
    double worst = Stats.max(others);
    if (worst > 10) {
      w.println();
      w.printf(
          Locale.ROOT,
          "**Warning:** other processes used CPU during the runs (median %.0f%%, worst %.0f%% of all"
              + " cores; see the last column of the Runs table): throughput numbers of those runs are"
              + " noisy.%n",
          Stats.median(others),
          worst);
    }
    w.println();
    w.println(
        "Median ops/s over the repetitions; **slowdown** = plain median / config median (1.00x = no"
            + " overhead, target in brackets); peak RSS = highest VmHWM of any repetition; heap = heap"
            + " used after two System.gc() at the end (median); exit = time from the program's last"
            + " output line to JVM exit (report writing under the agent).");
    w.println();
    w.println("| # | workload | config | ok | median ops/s | slowdown | peak RSS MB | heap after GC MB | exit ms |");
    w.println("|---|---|---|---|---:|---:|---:|---:|---:|");
    List<Cell> cells = cells(configs);
    List<String> footnotes = new ArrayList<>();
    for (Cell c : cells) {
      Resolved r = resolved.get(c.config.key);
      String label = c.config.label;
      if (r != null && r.available && r.footnote != null) {
        label += " †";
        if (!footnotes.contains(r.footnote)) {
          footnotes.add(r.footnote);
        }
      }
      if (c.na) {
        w.printf("| %d | %s | %s | n/a | n/a | n/a | n/a | n/a | n/a |%n", c.variant.workload, c.variant.name, label);
        continue;
      }
      Double target = c.variant.maxSlowdown.get(c.config.key);
      String slowdown = c.config.plain() ? (c.ok > 0 ? "1.00x" : "–") : fmt(c.slowdown, "%.2fx");
      if (target != null) {
        boolean met = c.slowdown <= target;
        slowdown += String.format(Locale.ROOT, " [≤%.1fx %s]", target, Double.isNaN(c.slowdown) ? "?" : met ? "ok" : "MISS");
      }
      w.printf(
          Locale.ROOT,
          "| %d | %s | %s | %d/%d | %s | %s | %s | %s | %s |%n",
          c.variant.workload,
          c.variant.name,
          label,
          c.ok,
          c.total,
          fmt(c.medianOps, "%,.0f"),
          slowdown,
          fmt(c.peakRssMb, "%.0f"),
          fmt(c.heapMb, "%.1f"),
          fmt(c.exitMs, "%.0f"));
    }
    w.println();
    for (String f : footnotes) {
      w.println("† " + f + ".");
    }
    List<String> problems = cells.stream().filter(c -> c.problem != null)
        .map(c -> c.variant.name + " " + c.config.label + ": " + c.problem).collect(Collectors.toList());
    if (!problems.isEmpty()) {
      w.println();
      w.println("Failed runs:");
      problems.forEach(p -> w.println("- " + p));
    }
    w.println();
    w.println("## Memory and report checks");
    w.println();
    memoryChecks(cells, configs, w);
    w.println();
    w.println("## Runs");
    w.println();
    w.println(
        "| workload | config | rep | status | ops/s | heap MB | heap after next lock MB | peak RSS MB | exit ms"
            + " | wall s | other CPU % | note |");
    w.println("|---|---|---|---|---:|---:|---:|---:|---:|---:|---:|---|");
    for (Run r : runs) {
      w.printf(
          Locale.ROOT,
          "| %s | %s | %d | %s | %s | %s | %s | %s | %s | %.1f | %s | %s |%n",
          r.variant,
          r.config,
          r.rep,
          r.status,
          fmt(r.opsPerSec(), "%,.0f"),
          r.heapAfterGcBytes < 0 ? "–" : fmt(r.heapAfterGcBytes / 1048576.0, "%.1f"),
          r.heapAfterNextLockBytes < 0 ? "–" : fmt(r.heapAfterNextLockBytes / 1048576.0, "%.1f"),
          r.peakRssKb <= 0 ? "–" : fmt(r.peakRssKb / 1024.0, "%.0f"),
          fmt(r.exitMs, "%.0f"),
          r.wallSeconds,
          fmt(r.otherCpuPercent, "%.0f"),
          r.note == null ? "" : r.note.replace("|", "/"));
    }
    w.flush();
    return s.toString();
  }

  /** Workload 6 and 7 targets: heap above plain, growth with the lock count, report time. */
  private void memoryChecks(List<Cell> cells, List<Config> configs, PrintWriter w) {
    boolean any = false;
    for (Config c : configs) {
      if (c.plain()) {
        continue;
      }
      for (String mode : new String[] {"alone", "nested"}) {
        List<Variant> churn =
            variants.stream().filter(v -> v.name.startsWith("churn-" + mode + "-"))
                .sorted((x, y) -> Long.compare(locks(x), locks(y))).collect(Collectors.toList());
        if (churn.isEmpty()) {
          continue;
        }
        Variant small = churn.get(0);
        Variant large = churn.get(churn.size() - 1);
        Cell agentSmall = find(cells, small.name, c);
        Cell agentLarge = find(cells, large.name, c);
        if (agentSmall == null || agentSmall.na) {
          continue;
        }
        any = true;
        double overSmall = above(agentSmall, find(cells, small.name, PLAIN), false);
        double overLarge = above(agentLarge, find(cells, large.name, PLAIN), false);
        double settledSmall = above(agentSmall, find(cells, small.name, PLAIN), true);
        double settledLarge = above(agentLarge, find(cells, large.name, PLAIN), true);
        double growth = overLarge - overSmall;
        double settledGrowth = settledLarge - settledSmall;
        w.printf(
            Locale.ROOT,
            "- churn %s, %s: heap above plain after GC %s MB at %s locks, %s MB at %s [< 64 MB: %s];"
                + " growth %s MB [≤ 8 MB: %s]. After one more lock and GC: %s / %s MB, growth %s MB%n",
            mode,
            c.label,
            fmt(overSmall, "%.1f"),
            countName(locks(small)),
            fmt(overLarge, "%.1f"),
            countName(locks(large)),
            verdict(Math.max(overSmall, overLarge) < 64, overSmall, overLarge),
            fmt(growth, "%+.1f"),
            verdict(growth <= 8, growth),
            fmt(settledSmall, "%.1f"),
            fmt(settledLarge, "%.1f"),
            fmt(settledGrowth, "%+.1f"));
      }
      Cell report = find(cells, "report-100k-edges", c);
      if (report != null && !report.na) {
        any = true;
        w.printf(
            Locale.ROOT,
            "- report of 10^5 edges, %s: exit %s ms after the program's last line [< 2000 ms: %s]%s%n",
            c.label,
            fmt(report.exitMs, "%.0f"),
            verdict(report.exitMs < 2000, report.exitMs),
            runsOf(report.variant, c).stream().filter(r -> r.status == Status.OK).map(r -> r.note)
                .filter(n -> n != null && !n.isEmpty()).findFirst().map(n -> " (" + n + ")").orElse(""));
      }
    }
    if (!any) {
      w.println("(no workload 6/7 runs under the agent)");
    }
  }

  private static long locks(Variant v) {
    int i = v.args.indexOf("--locks");
    return i < 0 ? 0 : Long.parseLong(v.args.get(i + 1));
  }

  /** The agent cell's heap minus the plain cell's, in MB (settled: after one more lock). */
  private static double above(Cell agent, Cell plain, boolean settled) {
    if (agent == null || plain == null || agent.na) {
      return Double.NaN;
    }
    return settled ? agent.heapAfterNextLockMb - plain.heapAfterNextLockMb : agent.heapMb - plain.heapMb;
  }

  private static String verdict(boolean ok, double... inputs) {
    for (double d : inputs) {
      if (Double.isNaN(d)) {
        return "?";
      }
    }
    return ok ? "ok" : "MISS";
  }

  private static Cell find(List<Cell> cells, String variant, Config c) {
    return cells.stream().filter(x -> x.variant.name.equals(variant) && x.config.key.equals(c.key)).findFirst().orElse(null);
  }

  private static String fmt(double d, String format) {
    return Double.isNaN(d) ? "–" : String.format(Locale.ROOT, format, d);
  }

  private String javaVersion() {
    try {
      Process p = new ProcessBuilder(options.java, "-version").redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      p.waitFor();
      return out.lines().skip(1).findFirst().orElse(options.java).trim();
    } catch (IOException | InterruptedException e) {
      return options.java;
    }
  }

  private void writeRawRuns() throws IOException {
    Path tsv = options.out.resolveSibling("results-runs.tsv");
    List<String> lines = new ArrayList<>();
    lines.add("variant\tconfig\trep\tstatus\topsPerSec\theapAfterGcBytes\tpeakRssKb\texitMs\twallSeconds\totherCpuPercent\theapAfterNextLockBytes\tnote");
    for (Run r : runs) {
      lines.add(
          String.join(
              "\t",
              r.variant,
              r.config,
              Integer.toString(r.rep),
              r.status.name(),
              fmt(r.opsPerSec(), "%.1f"),
              Long.toString(r.heapAfterGcBytes),
              Long.toString(r.peakRssKb),
              fmt(r.exitMs, "%.1f"),
              String.format(Locale.ROOT, "%.2f", r.wallSeconds),
              fmt(r.otherCpuPercent, "%.1f"),
              Long.toString(r.heapAfterNextLockBytes),
              r.note == null ? "" : r.note));
    }
    Files.write(tsv, lines, StandardCharsets.UTF_8);
  }
}
