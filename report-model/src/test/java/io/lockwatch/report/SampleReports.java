package io.lockwatch.report;

import io.lockwatch.report.fingerprint.CycleFingerprint;
import io.lockwatch.report.json.ReportJson;
import io.lockwatch.report.model.AgentError;
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
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Realistic reports built in code, as the agent would write them for a small web shop: two services
 * that take the inventory and orders locks in opposite orders, a racy counter, a wait while holding
 * a lock. The JSON fixtures in {@code src/test/resources/fixtures} are these, written by {@link
 * #main}.
 */
public final class SampleReports {
  public static final String INVENTORY = "field com.example.shop.Inventory.lock";
  public static final String ORDERS = "field com.example.shop.Orders.lock";
  public static final String AUDIT = "com.example.shop.AuditLog";
  public static final String ACCOUNT = "com.example.shop.Account";
  public static final String CATALOG = "static field com.example.shop.Catalog.CACHE_LOCK";

  public static final Site ORDER_HOLDS_INVENTORY =
      site("com.example.shop.OrderService", "placeOrder", "OrderService.java", 31);
  public static final Site ORDER_TAKES_ORDERS =
      site("com.example.shop.OrderService", "placeOrder", "OrderService.java", 34);
  public static final Site REPORT_HOLDS_ORDERS =
      site("com.example.shop.ReportService", "nightly", "ReportService.java", 22);
  public static final Site REPORT_TAKES_INVENTORY =
      site("com.example.shop.ReportService", "nightly", "ReportService.java", 25);

  private SampleReports() {}

  public static Site site(String className, String method, String file, int line) {
    return new Site(className, method, file, line);
  }

  private static List<Site> stack(Site top, Site... callers) {
    List<Site> frames = new ArrayList<>();
    frames.add(top);
    frames.addAll(List.of(callers));
    return List.copyOf(frames);
  }

  private static final Site SERVER_HANDLE =
      site("com.example.shop.ShopServer", "handle", "ShopServer.java", 88);
  private static final Site WORKER_RUN =
      site("java.util.concurrent.ThreadPoolExecutor$Worker", "run", "ThreadPoolExecutor.java", 635);
  private static final Site THREAD_RUN = site("java.lang.Thread", "run", "Thread.java", 833);
  private static final Site SCHEDULER =
      site("com.example.shop.Scheduler$1", "run", "Scheduler.java", 19);

  /** The inventory/orders cycle, as the agent reports an instance cycle. */
  public static LockOrderCycle shopCycle() {
    List<CycleEdge> edges =
        List.of(
            new CycleEdge(
                1,
                2,
                "order-worker-1",
                List.of("monitor of java.lang.Object (field com.example.shop.Inventory.lock)"),
                ORDER_HOLDS_INVENTORY,
                ORDER_TAKES_ORDERS,
                "exclusive",
                stack(ORDER_HOLDS_INVENTORY, SERVER_HANDLE, WORKER_RUN, THREAD_RUN),
                stack(ORDER_TAKES_ORDERS, SERVER_HANDLE, WORKER_RUN, THREAD_RUN)),
            new CycleEdge(
                2,
                1,
                "report-thread",
                List.of("monitor of java.lang.Object (field com.example.shop.Orders.lock)"),
                REPORT_HOLDS_ORDERS,
                REPORT_TAKES_INVENTORY,
                "exclusive",
                stack(REPORT_HOLDS_ORDERS, SCHEDULER, THREAD_RUN),
                stack(REPORT_TAKES_INVENTORY, SCHEDULER, THREAD_RUN)));
    return new LockOrderCycle(
        CycleFingerprint.ofCycleEdges(edges),
        "high",
        "deadlock",
        "Inventory.lock@OrderService.java:31 --> Orders.lock@OrderService.java:34"
            + " --> Inventory.lock@ReportService.java:25",
        1,
        false,
        false,
        null,
        List.of(
            "thread order-worker-1 holds Inventory.lock (taken at OrderService.java:31) and waits"
                + " for Orders.lock at OrderService.java:34",
            "thread report-thread holds Orders.lock (taken at ReportService.java:22) and waits"
                + " for Inventory.lock at ReportService.java:25"),
        List.of(
            new LockDescription(
                1,
                "java.lang.Object",
                "monitor",
                "monitor of java.lang.Object (field com.example.shop.Inventory.lock)",
                site("com.example.shop.Inventory", "reserve", "Inventory.java", 20)),
            new LockDescription(
                2,
                "java.lang.Object",
                "monitor",
                "monitor of java.lang.Object (field com.example.shop.Orders.lock)",
                ORDER_TAKES_ORDERS)),
        edges,
        null);
  }

  public static CodeEdge edge(
      String from, String to, Site heldAt, Site acquiredAt, List<String> gates, String... threads) {
    return new CodeEdge(
        from,
        to,
        heldAt,
        acquiredAt,
        "exclusive",
        "exclusive",
        "blocking",
        gates,
        List.of(threads),
        1,
        1);
  }

  /** Code-level edges of the shop run: both halves of the cycle and some harmless order. */
  public static List<CodeEdge> shopEdges() {
    return List.of(
        new CodeEdge(
            INVENTORY,
            ORDERS,
            ORDER_HOLDS_INVENTORY,
            ORDER_TAKES_ORDERS,
            "exclusive",
            "exclusive",
            "blocking",
            List.of(),
            List.of("order-worker-1", "order-worker-2"),
            1,
            2),
        edge(
            ORDERS,
            INVENTORY,
            REPORT_HOLDS_ORDERS,
            REPORT_TAKES_INVENTORY,
            List.of(),
            "report-thread"),
        new CodeEdge(
            ORDERS,
            AUDIT,
            site("com.example.shop.OrderService", "placeOrder", "OrderService.java", 34),
            site("com.example.shop.AuditLog", "append", "AuditLog.java", 14),
            "exclusive",
            "exclusive",
            "blocking",
            List.of(),
            List.of("order-worker-1"),
            1,
            5),
        edge(
            ACCOUNT,
            ACCOUNT,
            site("com.example.shop.Payments", "transfer", "Payments.java", 40),
            site("com.example.shop.Payments", "transfer", "Payments.java", 41),
            List.of(),
            "payment-1"),
        edge(
            CATALOG,
            INVENTORY,
            site("com.example.shop.Catalog", "refresh", "Catalog.java", 50),
            site("com.example.shop.Inventory", "reserve", "Inventory.java", 20),
            List.of(),
            "catalog-refresher"));
  }

  public static UnguardedField statsRace() {
    return new UnguardedField(
        "race:" + CycleFingerprint.hash("com.example.shop.Stats.ordersPlaced"),
        "high",
        "com.example.shop.Stats.ordersPlaced",
        true,
        List.of(
            new UnguardedField.FieldAccess(
                "order-worker-1",
                "write",
                site("com.example.shop.Stats", "orderPlaced", "Stats.java", 17),
                List.of(),
                stack(
                    site("com.example.shop.Stats", "orderPlaced", "Stats.java", 17),
                    site("com.example.shop.OrderService", "placeOrder", "OrderService.java", 39),
                    SERVER_HANDLE)),
            new UnguardedField.FieldAccess(
                "report-thread",
                "read",
                site("com.example.shop.ReportService", "nightly", "ReportService.java", 40),
                List.of("monitor of java.lang.Object (field com.example.shop.Orders.lock)"),
                stack(
                    site("com.example.shop.ReportService", "nightly", "ReportService.java", 40),
                    SCHEDULER))));
  }

  public static WaitHazard restockHazard() {
    Site wait = site("com.example.shop.Inventory", "awaitRestock", "Inventory.java", 61);
    return new WaitHazard(
        "hazard:" + CycleFingerprint.hash("Inventory.java:61 holding OrderService.java:34"),
        "medium",
        "Object.wait",
        "order-worker-2",
        "monitor of java.lang.Object (field com.example.shop.Orders.lock)",
        ORDER_TAKES_ORDERS,
        wait,
        stack(wait, ORDER_TAKES_ORDERS, SERVER_HANDLE));
  }

  public static ObservedDeadlock observedDeadlock() {
    return new ObservedDeadlock(
        "deadlock:" + CycleFingerprint.hash("OrderService.java:34 ReportService.java:25"),
        "high",
        "jvm",
        List.of(
            new ObservedDeadlock.DeadlockedThread(
                "order-worker-1",
                List.of("monitor of java.lang.Object (field com.example.shop.Inventory.lock)"),
                "monitor of java.lang.Object (field com.example.shop.Orders.lock)",
                stack(ORDER_TAKES_ORDERS, SERVER_HANDLE, WORKER_RUN, THREAD_RUN)),
            new ObservedDeadlock.DeadlockedThread(
                "report-thread",
                List.of("monitor of java.lang.Object (field com.example.shop.Orders.lock)"),
                "monitor of java.lang.Object (field com.example.shop.Inventory.lock)",
                stack(REPORT_TAKES_INVENTORY, SCHEDULER, THREAD_RUN))));
  }

  public static RunInfo run(long pid, String reason) {
    Map<String, String> options = new TreeMap<>();
    options.put("report", "target/lockwatch-%p.json");
    options.put("races", "observe");
    options.put("stackDepth", "16");
    return new RunInfo(
        "0.1.0-SNAPSHOT",
        "17.0.15",
        "Debian",
        "com.example.shop.ShopServer --orders 200",
        pid,
        "2025-11-25T18:00:00Z",
        "2025-11-25T18:00:07.250Z",
        reason,
        options);
  }

  public static Summary summary(
      long cycles, long deadlocks, long races, long hazards, long errors) {
    return new Summary(
        42,
        17,
        12_480,
        9,
        0,
        cycles + 1,
        cycles,
        Map.of("gate-lock", 1L),
        List.of(),
        deadlocks,
        races,
        hazards,
        errors,
        races > 0 ? 3 : 0,
        races > 0 ? 1_200 : 0);
  }

  /** The shop run: a cycle, a race, a hazard and an absorbed agent error. */
  public static Report shop() {
    return Report.withCodeEdges(
        Report.SCHEMA_VERSION,
        run(4242, "exit"),
        summary(1, 0, 1, 1, 3),
        List.of(shopCycle()),
        List.of(),
        List.of(statsRace()),
        List.of(restockHazard()),
        List.of(
            new AgentError(
                "instrumentation",
                "com.example.shop.legacy.OldCache",
                "class file version 45 is too old to instrument",
                3)),
        shopEdges(),
        List.of());
  }

  /** The shop run that hung: the watchdog saw the deadlock. */
  public static Report hung() {
    return shopCycleRun(4343, shopCycle(), observedDeadlock());
  }

  /**
   * The shop run again with {@code confirm=} the shop report: steered, the cycle really deadlocked,
   * and the observed deadlock says which cycle it confirms.
   */
  public static Report confirmed() {
    ObservedDeadlock seen = observedDeadlock();
    return shopCycleRun(
        4545,
        shopCycle()
            .withConfirmation(
                new Confirmation(Confirmation.CONFIRMED, "steered into a real deadlock")),
        new ObservedDeadlock(
            seen.fingerprint(),
            seen.severity(),
            seen.detectedBy(),
            seen.threads(),
            null,
            shopCycle().fingerprint()));
  }

  /** A confirm run of the shop in which the pauses were tried and nothing formed. */
  public static Report notReproduced() {
    return shopCycleRun(
        4646,
        shopCycle()
            .withConfirmation(
                new Confirmation(
                    Confirmation.NOT_REPRODUCED,
                    "paused 6 times at its steps (up to 2000 ms each, 3 per step) and no"
                        + " deadlock formed")),
        null);
  }

  /** A shop run whose only findings are {@code cycle} and, unless null, {@code deadlock}. */
  private static Report shopCycleRun(long pid, LockOrderCycle cycle, ObservedDeadlock deadlock) {
    boolean hung = deadlock != null;
    return Report.withCodeEdges(
        Report.SCHEMA_VERSION,
        run(pid, hung ? "deadlock" : "exit"),
        summary(1, hung ? 1 : 0, 0, 0, 0),
        List.of(cycle),
        hung ? List.of(deadlock) : List.of(),
        List.of(),
        List.of(),
        List.of(),
        shopEdges(),
        List.of());
  }

  /** A run with locks in a consistent order and nothing to report. */
  public static Report clean() {
    return Report.withCodeEdges(
        Report.SCHEMA_VERSION,
        run(4444, "exit"),
        new Summary(42, 17, 12_480, 3, 0, 0, 0, Map.of(), List.of(), 0, 0, 0, 0, 0, 0),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(
            edge(
                INVENTORY,
                ORDERS,
                ORDER_HOLDS_INVENTORY,
                ORDER_TAKES_ORDERS,
                List.of(),
                "order-worker-1"),
            edge(
                CATALOG,
                INVENTORY,
                site("com.example.shop.Catalog", "refresh", "Catalog.java", 50),
                site("com.example.shop.Inventory", "reserve", "Inventory.java", 20),
                List.of(),
                "catalog-refresher")),
        List.of());
  }

  /** A JVM that saw only one order of a pair of locks: no cycle on its own. */
  public static Report half(long pid, CodeEdge edge) {
    return Report.withCodeEdges(
        Report.SCHEMA_VERSION,
        run(pid, "exit"),
        new Summary(10, 2, 100, 1, 0, 0, 0, Map.of(), List.of(), 0, 0, 0, 0, 0, 0),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(edge),
        List.of());
  }

  /** The half of the shop cycle that OrderServiceTest's JVM sees. */
  public static Report orderHalf() {
    return half(
        5001,
        edge(INVENTORY, ORDERS, ORDER_HOLDS_INVENTORY, ORDER_TAKES_ORDERS, List.of(), "main"));
  }

  /** The other half, seen by ReportServiceTest's JVM, also in its thread "main". */
  public static Report reportHalf() {
    return half(
        5002,
        edge(ORDERS, INVENTORY, REPORT_HOLDS_ORDERS, REPORT_TAKES_INVENTORY, List.of(), "main"));
  }

  /** Writes the JSON fixtures: {@code java ... SampleReports src/test/resources/fixtures}. */
  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    ReportJson.writeAtomically(shop(), dir.resolve("shop.json"));
    ReportJson.writeAtomically(hung(), dir.resolve("hung.json"));
    ReportJson.writeAtomically(clean(), dir.resolve("clean.json"));
    ReportJson.writeAtomically(orderHalf(), dir.resolve("jvm-order.json"));
    ReportJson.writeAtomically(reportHalf(), dir.resolve("jvm-report.json"));
  }
}
