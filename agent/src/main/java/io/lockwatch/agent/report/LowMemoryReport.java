package io.lockwatch.agent.report;

import io.lockwatch.agent.runtime.AgentThreads;
import io.lockwatch.agent.runtime.support.AgentErrors;
import io.lockwatch.agent.runtime.support.MemoryReserve;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryNotificationInfo;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.management.NotificationEmitter;

/**
 * Writes the report early, once, when the heap is nearly exhausted: the first time a heap pool is
 * still over {@value #PERCENT}% full after a collection, the agent writes what it knows so far, in
 * the heap that is still free: its {@link MemoryReserve} stays for the report at exit (given back
 * now, the running program would take it at once, and both reports could fail; seen 1 run in 6). A
 * JVM whose heap is exhausted to the last byte cannot start its shutdown hooks, so the report at
 * exit would be lost; this one stays (the report at exit replaces it when the JVM can still write
 * one).
 */
public final class LowMemoryReport {
  private static final int PERCENT = 85;

  private final ReportWriter writer;
  private final AgentErrors errors;
  private final AtomicBoolean written = new AtomicBoolean();

  private LowMemoryReport(ReportWriter writer, AgentErrors errors) {
    this.writer = writer;
    this.errors = errors;
  }

  /** Watches the heap pools that tell how full they are after a collection. Never throws. */
  public static void watch(ReportWriter writer, AgentErrors errors) {
    try {
      LowMemoryReport report = new LowMemoryReport(writer, errors);
      boolean any = false;
      for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
        long max = pool.getUsage().getMax();
        if (pool.getType() == MemoryType.HEAP
            && pool.isCollectionUsageThresholdSupported()
            && max > 0) {
          pool.setCollectionUsageThreshold(max / 100 * PERCENT);
          any = true;
        }
      }
      if (any) {
        ((NotificationEmitter) ManagementFactory.getMemoryMXBean())
            .addNotificationListener(
                (notification, handback) -> {
                  if (MemoryNotificationInfo.MEMORY_COLLECTION_THRESHOLD_EXCEEDED.equals(
                      notification.getType())) {
                    report.lowOnMemory();
                  }
                },
                null,
                null);
      }
    } catch (Throwable failure) {
      errors.record("startup", "low-memory report", failure);
    }
  }

  /** Runs in the JDK's notification thread: the agent's work there is its own, never watched. */
  private void lowOnMemory() {
    if (!written.compareAndSet(false, true)) {
      return;
    }
    boolean wasBusy = AgentThreads.enter();
    try {
      writer.writeEarly("lowMemory"); // the reserve is for the report at exit
    } catch (Throwable failure) {
      errors.record("report", "low-memory report", failure);
    } finally {
      AgentThreads.leave(wasBusy);
    }
  }
}
