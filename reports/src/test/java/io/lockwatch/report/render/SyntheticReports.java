package io.lockwatch.report.render;

import io.lockwatch.report.model.CodeEdge;
import io.lockwatch.report.model.Confirmation;
import io.lockwatch.report.model.CycleEdge;
import io.lockwatch.report.model.LockDescription;
import io.lockwatch.report.model.LockOrderCycle;
import io.lockwatch.report.model.ObservedDeadlock;
import io.lockwatch.report.model.Report;
import io.lockwatch.report.model.RunInfo;
import io.lockwatch.report.model.Site;
import io.lockwatch.report.model.Summary;
import io.lockwatch.report.model.UnguardedField;
import io.lockwatch.report.model.WaitHazard;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A large report as a big test suite's merge would give: hundreds of lock classes in a dozen
 * packages, chains of lock-order edges with some pairs in both orders (the cycles, some predicted,
 * some confirmed), and hundreds of findings (observed and predicted races among them) whose stacks
 * run through JUnit, most attributed to tests. Deterministic.
 */
final class SyntheticReports {
  private SyntheticReports() {}

  /**
   * The report.
   *
   * @param packages how many packages
   * @param classesPerPackage lock classes in each
   */
  static Report large(int packages, int classesPerPackage) {
    List<CodeEdge> edges = new ArrayList<>();
    List<LockOrderCycle> cycles = new ArrayList<>();
    List<UnguardedField> races = new ArrayList<>();
    List<WaitHazard> hazards = new ArrayList<>();
    for (int p = 0; p < packages; p++) {
      for (int c = 0; c < classesPerPackage; c++) {
        String from = lock(p, c);
        String to = lock(p, (c + 1) % classesPerPackage);
        edges.add(edge(from, to, site(p, c, "update", 40 + c), site(p, c, "update", 42 + c)));
        if (c % 3 == 0) {
          // Across packages: the next package's lock class of the same number.
          edges.add(
              edge(
                  from,
                  lock((p + 1) % packages, c),
                  site(p, c, "sync", 70),
                  site(p, c, "sync", 72)));
        }
        if (c % 4 == 1) {
          // The reverse order somewhere else: a cycle of two lock classes.
          Site held = site(p, c + 1, "audit", 90);
          Site taken = site(p, c + 1, "audit", 93);
          edges.add(edge(to, from, held, taken));
          cycles.add(cycle(p, c, from, to, held, taken, cycles.size()));
        }
        races.add(race(p, c, races.size()));
        if (c % 5 == 2) {
          hazards.add(hazard(p, c, hazards.size()));
        }
      }
    }
    List<ObservedDeadlock> deadlocks =
        List.of(
            new ObservedDeadlock(
                "deadlock:synthetic",
                "high",
                "jvm",
                List.of(
                    new ObservedDeadlock.DeadlockedThread(
                        "pool-1-thread-1",
                        List.of(lock(0, 1)),
                        lock(0, 2),
                        stack(site(0, 1, "update", 42), 0)),
                    new ObservedDeadlock.DeadlockedThread(
                        "pool-1-thread-2",
                        List.of(lock(0, 2)),
                        lock(0, 1),
                        stack(site(0, 2, "audit", 93), 1))),
                List.of(test(0))));
    Summary summary =
        new Summary(
            packages * classesPerPackage * 3L,
            packages * classesPerPackage,
            1_000_000,
            edges.size(),
            0,
            cycles.size(),
            cycles.size(),
            Map.of(),
            List.of(),
            deadlocks.size(),
            races.size(),
            hazards.size(),
            0,
            races.size(),
            50_000);
    RunInfo run =
        new RunInfo(
            "0.1.0-SNAPSHOT",
            "17.0.15",
            "Debian",
            "merge of 32 reports",
            0,
            "2026-01-01T10:00:00Z",
            "2026-01-01T10:20:00Z",
            "merge",
            Map.of("stackDepth", "24"));
    return Report.withCodeEdges(
        Report.SCHEMA_VERSION,
        run,
        summary,
        cycles,
        deadlocks,
        races,
        hazards,
        List.of(),
        edges,
        List.of());
  }

  static String lock(int p, int c) {
    return c % 2 == 0 ? "field " + className(p, c) + ".lock" : className(p, c);
  }

  private static String className(int p, int c) {
    return "com.acme.module" + p + ".internal.Service" + c;
  }

  private static Site site(int p, int c, String method, int line) {
    return new Site(className(p, c), method, "Service" + c + ".java", line);
  }

  private static String test(int n) {
    return "com.acme.module" + (n % 7) + ".ServiceTest#scenario" + (n % 11);
  }

  /** The top frame, two application callers, then JUnit and Surefire frames: 24 in all. */
  private static List<Site> stack(Site top, int n) {
    List<Site> frames = new ArrayList<>();
    frames.add(top);
    frames.add(new Site(top.className(), "handle", top.file(), 120 + n % 9));
    frames.add(
        new Site(
            "com.acme.module" + (n % 7) + ".ServiceTest",
            "scenario" + (n % 11),
            "ServiceTest.java",
            55));
    frames.add(
        new Site(
            "jdk.internal.reflect.DirectMethodHandleAccessor",
            "invoke",
            "DirectMethodHandleAccessor.java",
            103));
    frames.add(new Site("java.lang.reflect.Method", "invoke", "Method.java", 580));
    for (int i = 0; frames.size() < 24; i++) {
      frames.add(
          new Site(
              "org.junit.platform.commons.util.ReflectionUtils",
              "invokeMethod",
              "ReflectionUtils.java",
              728 + i));
    }
    return frames;
  }

  private static CodeEdge edge(String from, String to, Site held, Site taken) {
    return new CodeEdge(
        from,
        to,
        held,
        taken,
        "exclusive",
        "exclusive",
        "blocking",
        List.of(),
        List.of("worker-" + held.line()),
        1,
        3);
  }

  private static LockOrderCycle cycle(
      int p, int c, String from, String to, Site held, Site taken, int n) {
    Site firstHeld = site(p, c, "update", 40 + c);
    Site firstTaken = site(p, c, "update", 42 + c);
    List<LockDescription> locks =
        List.of(
            new LockDescription(1, className(p, c), "monitor", "monitor of " + from, firstHeld),
            new LockDescription(2, className(p, c + 1), "monitor", "monitor of " + to, firstTaken));
    List<CycleEdge> cycleEdges =
        List.of(
            new CycleEdge(
                1,
                2,
                "worker-a",
                List.of(),
                firstHeld,
                firstTaken,
                "exclusive",
                stack(firstHeld, n),
                stack(firstTaken, n)),
            new CycleEdge(
                2,
                1,
                "worker-b",
                List.of(),
                held,
                taken,
                "exclusive",
                stack(held, n + 1),
                stack(taken, n + 1)));
    LockOrderCycle cycle =
        new LockOrderCycle(
            "cycle:synthetic" + n,
            n % 5 == 4 ? "medium" : "high",
            n % 5 == 4 ? "stall" : "deadlock",
            "synthetic chain " + n,
            1 + n % 3,
            false,
            n % 6 == 3,
            null,
            List.of(
                "thread 'worker-a' holds one and takes the other", "thread 'worker-b' the reverse"),
            locks,
            cycleEdges,
            List.of(test(n), test(n + 3)));
    // Every tenth a confirm run steered into a real deadlock, as `lockwatch confirm` reports it.
    return n % 10 == 0
        ? cycle.withConfirmation(
            new Confirmation(Confirmation.CONFIRMED, "steered into a real deadlock"))
        : cycle;
  }

  private static UnguardedField race(int p, int c, int n) {
    Site write = site(p, c, "setState", 200 + c);
    Site read = site(p, c, "state", 210 + c);
    return new UnguardedField(
        "race:synthetic" + n,
        n % 3 == 0 ? "medium" : "high",
        className(p, c) + ".state",
        n % 3 != 0,
        List.of(
            new UnguardedField.FieldAccess("worker-1", "write", write, List.of(), stack(write, n)),
            new UnguardedField.FieldAccess(
                "worker-2", "read", read, List.of(lock(p, c)), stack(read, n + 1))),
        n % 4 == 0 ? null : List.of(test(n)));
  }

  private static WaitHazard hazard(int p, int c, int n) {
    Site held = site(p, c, "await", 300);
    Site wait = site(p, c, "await", 304);
    return new WaitHazard(
        "hazard:synthetic" + n,
        "medium",
        "Object.wait",
        "worker-" + n,
        "monitor of java.lang.Object (field " + className(p, c) + ".lock)",
        held,
        wait,
        stack(wait, n),
        List.of(test(n)));
  }
}
