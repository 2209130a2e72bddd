package io.lockwatch.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The benchmark matrix: which variants run (all of them, or those {@code --only} names) and how
 * many times each. The configurations are {@link Config#ALL}.
 */
final class Matrix {

  /** Where the workload mains live. */
  static final String WORKLOADS = "io.lockwatch.bench.workloads.";

  /** The lock-churn workload, which measures memory and so gets its own repetition count. */
  static final int CHURN_WORKLOAD = 6;

  private final List<Variant> variants;
  private final int reps;
  private final int churnReps;

  /**
   * The variants of a full or quick run whose names start with one of {@code only} (all of them
   * when it is empty), each repeated {@code reps} times, lock churn {@code churnReps} times.
   */
  Matrix(boolean quick, List<String> only, int reps, int churnReps) {
    this.variants =
        all(quick).stream()
            .filter(v -> only.isEmpty() || only.stream().anyMatch(p -> v.name().startsWith(p)))
            .collect(Collectors.toList());
    this.reps = reps;
    this.churnReps = Math.max(1, Math.min(reps, churnReps));
  }

  /** The selected variants, in the order they run. */
  List<Variant> variants() {
    return variants;
  }

  /** Repetitions of every variant but lock churn. */
  int reps() {
    return reps;
  }

  /** Repetitions of the lock-churn variants: {@code --churn-reps}, at least 1, at most reps. */
  int churnReps() {
    return churnReps;
  }

  /** How many times {@code v} runs under each configuration. */
  int repsOf(Variant v) {
    return v.workload() == CHURN_WORKLOAD ? churnReps : reps;
  }

  /** Every variant of a full or quick run. */
  static List<Variant> all(boolean quick) {
    List<Variant> v = new ArrayList<>();
    List<String> timed = List.of("--warmup", "3", "--seconds", "5");
    List<String> timedQuick = List.of("--warmup", "1", "--seconds", "2");
    // the targets of the issue "Performance, second round"
    Map<String, Double> w123 = Map.of("off", 1.3);
    Map<String, Double> w123Busy = Map.of("off", 2.0);
    for (int threads : new int[] {2, 8}) {
      v.add(
          timed(
              "sync-nested-" + threads + "t",
              1,
              "SyncNested",
              threads,
              List.of(),
              timed,
              timedQuick,
              threads == 2 ? w123 : w123Busy,
              "nested synchronized pair over a pool of 64 monitors, consistent order"));
    }
    for (int threads : new int[] {2, 8}) {
      v.add(
          timed(
              "reentrant-nested-" + threads + "t",
              2,
              "LockNested",
              threads,
              List.of("--kind", "reentrant"),
              timed,
              timedQuick,
              threads == 2 ? w123 : w123Busy,
              "nested ReentrantLock pair over a pool of 64, consistent order"));
    }
    for (int threads : new int[] {2, 8}) {
      v.add(
          timed(
              "rwlock-nested-" + threads + "t",
              2,
              "LockNested",
              threads,
              List.of("--kind", "rw"),
              timed,
              timedQuick,
              threads == 2 ? w123 : w123Busy,
              "nested ReentrantReadWriteLock pair (1 in 8 write), consistent order"));
    }
    v.add(
        timed(
            "prodcons-condition-4t",
            3,
            "ProducerConsumer",
            4,
            List.of("--kind", "condition"),
            timed,
            timedQuick,
            Map.of("on", 3.0),
            "2 producers + 2 consumers, own bounded buffer on ReentrantLock + 2 Conditions"));
    v.add(
        timed(
            "prodcons-abq-4t",
            3,
            "ProducerConsumer",
            4,
            List.of("--kind", "abq"),
            timed,
            timedQuick,
            Map.of("on", 3.0),
            "2 producers + 2 consumers over ArrayBlockingQueue (JDK lock: not instrumented)"));
    v.add(
        timed(
            "field-heavy-4t",
            4,
            "FieldHeavy",
            4,
            List.of(),
            timed,
            timedQuick,
            Map.of("on", 4.0),
            "8-field updates under account monitors, stats under ReentrantLocks"));
    v.add(
        timed(
            "h2-4t",
            5,
            "H2Clients",
            4,
            List.of(),
            List.of("--warmup", "4", "--seconds", "8"),
            List.of("--warmup", "2", "--seconds", "3"),
            Map.of("off", 1.1, "on", 3.0),
            "H2 in-memory DB, 4 JDBC clients: select/update/insert/range/transfer"));
    // Workload 6 is bound by a count, not a time: what it tests is memory against that count.
    long[] counts = quick ? new long[] {50_000, 200_000} : new long[] {1_000_000, 4_000_000};
    for (String mode : new String[] {"alone", "nested"}) {
      for (long count : counts) {
        List<String> a = List.of("--mode", mode, "--threads", "2", "--locks", Long.toString(count));
        v.add(
            new Variant(
                "churn-" + mode + "-" + countName(count),
                CHURN_WORKLOAD,
                WORKLOADS + "LockChurn",
                a,
                a,
                Map.of("off", 3.0),
                countName(count)
                    + " short-lived locks, each locked once "
                    + (mode.equals("nested")
                        ? "inside a long-lived lock (1 edge per lock)"
                        : "alone")));
      }
    }
    v.add(
        new Variant(
            "thread-churn-40k",
            9,
            WORKLOADS + "ThreadChurn",
            List.of("--count", "40000"),
            List.of("--count", "40000"),
            Map.of("off", 2.0, "on", 2.0),
            "40,000 short threads started and joined one by one, each locks once; memory"));
    v.add(
        timed(
            "array-heavy-4t",
            10,
            "ArrayHeavy",
            4,
            List.of(),
            timed,
            timedQuick,
            Map.of(),
            "own slices of a shared long[] (64 elements per op) + a histogram under a monitor"));
    List<String> objects = List.of("--threads", "4", "--count", "8000000");
    v.add(
        new Variant(
            "short-lived-objects-8M",
            11,
            WORKLOADS + "ShortLivedObjects",
            objects,
            List.of("--threads", "4", "--count", "2000000"),
            Map.of("on", 2.0),
            "8x10^6 small objects, each built, updated and dropped by one of 4 threads; memory"));
    v.add(
        new Variant(
            "start-up",
            12,
            WORKLOADS + "StartUp",
            List.of(),
            List.of(),
            Map.of(),
            "JVM start-up to main (the agent's premain included); seconds = the time"));
    v.add(
        new Variant(
            "report-100k-edges",
            7,
            WORKLOADS + "ReportSize",
            List.of("--edges", "100000"),
            List.of("--edges", "100000"),
            Map.of(),
            "10^5 distinct lock-order edges kept alive; exit ms = report time"));
    // Workload 8: the deadlock engine's scale targets (issue "Deadlock engine, second generation")
    List<String> accounts = List.of("--mode", "accounts");
    v.add(
        new Variant(
            "deadlock-accounts",
            8,
            WORKLOADS + "DeadlockScale",
            accounts,
            accounts,
            Map.of(),
            "1,000 accounts, 2 tellers x 20,000 random transfers; one finding; exit ms = report"));
    List<String> late = List.of("--mode", "late-cycle");
    v.add(
        new Variant(
            "deadlock-late-cycle",
            8,
            WORKLOADS + "DeadlockScale",
            late,
            late,
            Map.of(),
            "10^4 locks, 64 threads, 1.6x10^6 acquisitions over 3.5x10^5 edges, one late cycle"));
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

  /** A time-bound variant: its fixed arguments, {@code --threads}, then its phase lengths. */
  private static Variant timed(
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
    return new Variant(
        name, workload, WORKLOADS + main, List.copyOf(a), List.copyOf(q), maxSlowdown, description);
  }
}
