package io.lockwatch.compat.drivers;

import java.nio.file.Path;
import java.util.Map;
import org.apache.commons.collections.Buffer;
import org.apache.commons.collections.BufferUtils;
import org.apache.commons.collections.ExtendedProperties;
import org.apache.commons.collections.FastHashMap;
import org.apache.commons.collections.MapUtils;
import org.apache.commons.collections.buffer.UnboundedFifoBuffer;
import org.apache.commons.collections.map.LRUMap;
import org.apache.log4j.AsyncAppender;
import org.apache.log4j.FileAppender;
import org.apache.log4j.Level;
import org.apache.log4j.LogManager;
import org.apache.log4j.Logger;
import org.apache.log4j.MDC;
import org.apache.log4j.PatternLayout;

/**
 * Libraries compiled for Java 1.1 (class file version 45), whose {@code finally} blocks are
 * subroutines ({@code jsr}/{@code ret}), used from several threads:
 *
 * <ul>
 *   <li>log4j 1.2.12: {@code Hierarchy.getLogger} and {@code Category.callAppenders} (both with
 *       {@code jsr} inside {@code synchronized}), an {@code AsyncAppender} (its dispatcher thread
 *       waits and is notified, {@code close} has {@code jsr}) in front of a {@code FileAppender};
 *   <li>commons-collections 3.1: {@code ExtendedProperties} (a constructor with {@code jsr}), a
 *       blocking buffer between producers and consumers (wait/notify), a synchronized {@code
 *       LRUMap}, and a {@code FastHashMap} in fast mode.
 * </ul>
 *
 * <p>Argument: the directory for the log file (default {@code target/compat-out}).
 */
public final class OldBytecodeDriver {
  private static final int THREADS = 5;
  private static final int EVENTS_PER_THREAD = 2_000;

  private OldBytecodeDriver() {}

  public static void main(String[] args) throws Exception {
    Path dir = Workers.outputDir(args);
    log4j(dir.resolve("log4j-1.2.12.log"));
    collections();
    System.out.println("OldBytecodeDriver: ok");
  }

  private static void log4j(Path file) throws Exception {
    Logger root = Logger.getRootLogger();
    root.removeAllAppenders();
    root.setLevel(Level.INFO);
    FileAppender target =
        new FileAppender(new PatternLayout("%t %-5p %c %X{worker} - %m%n"), file.toString(), false);
    AsyncAppender async = new AsyncAppender();
    async.setBufferSize(64); // small: callers block while the dispatcher catches up
    async.addAppender(target);
    root.addAppender(async);

    Workers.run(
        "log4j",
        THREADS,
        worker -> {
          MDC.put("worker", "w" + worker);
          for (int i = 0; i < EVENTS_PER_THREAD; i++) {
            // getLogger every time: Hierarchy.getLogger synchronizes on its table (with jsr).
            Logger log = Logger.getLogger("compat.old.logger" + (i % 7));
            log.info("event " + i + " of worker " + worker);
            log.debug("below the level: never written");
          }
          MDC.remove("worker");
        });

    LogManager.shutdown(); // closes the AsyncAppender: its dispatcher drains the buffer, then ends
    long[] lines = Workers.countLines(file, " INFO ");
    System.out.printf("OldBytecodeDriver: log4j infoLines=%d%n", lines[1]);
  }

  private static void collections() throws Exception {
    // Blocking buffer: producers add, consumers take (waiting while it is empty).
    Buffer buffer = BufferUtils.blockingBuffer(new UnboundedFifoBuffer());
    long[] consumed = new long[2];
    Map<Object, Object> lru = MapUtils.synchronizedMap(new LRUMap(50));
    FastHashMap fast = new FastHashMap();
    for (int k = 0; k < 100; k++) {
      fast.put("key" + k, Integer.valueOf(k));
    }
    fast.setFast(true);
    int producers = 3;
    int items = 1_000;
    Workers.run(
        "collections",
        producers + consumed.length,
        worker -> {
          if (worker < producers) {
            ExtendedProperties properties = new ExtendedProperties();
            properties.setProperty("worker", Integer.toString(worker));
            for (int i = 0; i < items; i++) {
              buffer.add(Integer.valueOf(i));
              lru.put("w" + worker + "-" + (i % 80), Integer.valueOf(i));
              Object value = fast.get("key" + (i % 100));
              Workers.check(value != null, "FastHashMap value");
            }
            // Writes in fast mode copy the map under its monitor.
            fast.put("producer" + worker, properties.getString("worker"));
          } else {
            // Each consumer takes half of everything produced.
            long sum = 0;
            for (int i = 0; i < producers * items / consumed.length; i++) {
              sum += ((Integer) buffer.remove()).intValue();
            }
            consumed[worker - producers] = sum;
          }
        });
    System.out.printf(
        "OldBytecodeDriver: collections consumed=%d lruSize=%d fastSize=%d bufferLeft=%d%n",
        consumed[0] + consumed[1], lru.size(), fast.size(), buffer.size());
  }
}
