package io.lockwatch.samples.jdk;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Properties;
import java.util.Stack;

/**
 * The application's code run under the monitor of four more JDK classes, each in a cycle with the
 * application's own lock:
 *
 * <ul>
 *   <li>{@code Properties.forEach} holds the properties' monitor while it calls the action, which
 *       takes the settings' lock; a writer sets a property while holding that lock.
 *   <li>{@code Stack} is a {@code Vector}: its {@code forEach} holds its monitor while the action
 *       takes the undo log's lock; an editor pushes while holding it.
 *   <li>{@code PrintWriter.printf} formats its arguments under the writer's lock, and this gauge's
 *       {@code toString} takes the gauge's lock; a sampler prints while holding it.
 *   <li>{@code Throwable.printStackTrace(PrintStream)} holds the stream's lock while it asks the
 *       exception for its message, which takes the job's lock; a worker prints to the same stream
 *       while holding it.
 * </ul>
 *
 * Lockwatch should report four cycles, each through the JDK object's lock. The fix is {@link
 * LegacyMonitorsCallbacksOutside}.
 */
public final class LegacyMonitorsCallbacks {
  // @expect:cycle(kind=deadlock,severity=high,withLock=Properties+SETTINGS_LOCK)
  // @expect:cycle(kind=deadlock,severity=high,withLock=Stack+UNDO_LOCK)
  // @expect:cycle(kind=deadlock,severity=high,withLock=Gauge.lock)
  // @expect:cycle(kind=deadlock,severity=high,withLock=JOB_LOCK)
  // @expect:option(jdk=on)
  // @expect:summary(acquisitions>=16,edges>=8)
  static final Object SETTINGS_LOCK = new Object();
  static final Object UNDO_LOCK = new Object();
  static final Object JOB_LOCK = new Object();
  static final Properties SETTINGS = new Properties();
  static final Stack<String> UNDO = new Stack<>();
  static final PrintWriter REPORT = new PrintWriter(new StringWriter(), true);
  static final PrintStream ERRORS = new PrintStream(new ByteArrayOutputStream(), true);
  static final Gauge GAUGE = new Gauge();
  private static int applied;
  private static String jobState = "idle";

  /** A gauge whose value is guarded by its lock. */
  static final class Gauge {
    final Object lock = new Object();
    int value;

    @Override
    public String toString() {
      synchronized (lock) {
        return "gauge at " + value;
      }
    }
  }

  /** A failure whose message reads the job's state under the job's lock. */
  static final class JobFailure extends Exception {
    JobFailure() {
      super(null, null, false, false);
    }

    @Override
    public String getMessage() {
      synchronized (JOB_LOCK) {
        return "job failed while " + jobState;
      }
    }
  }

  private LegacyMonitorsCallbacks() {}

  public static void main(String[] args) throws InterruptedException {
    SETTINGS.setProperty("mode", "fast");
    UNDO.push("start");
    Threads.runAlone("reader", LegacyMonitorsCallbacks::readAll);
    Threads.runAlone("writer", LegacyMonitorsCallbacks::writeAll);
    System.out.println(
        "LegacyMonitorsCallbacks: done, " + applied + " applied, " + UNDO.size() + " undo steps");
  }

  /** Each call runs the application's code under the JDK object's monitor. */
  private static void readAll() {
    SETTINGS.forEach(
        (key, value) -> {
          synchronized (SETTINGS_LOCK) {
            applied++;
          }
        });
    UNDO.forEach(
        step -> {
          synchronized (UNDO_LOCK) {
            applied++;
          }
        });
    REPORT.printf("%s%n", GAUGE);
    new JobFailure().printStackTrace(ERRORS);
  }

  /** Each call takes the JDK object's monitor while holding the application's lock. */
  private static void writeAll() {
    synchronized (SETTINGS_LOCK) {
      SETTINGS.setProperty("mode", "safe");
    }
    synchronized (UNDO_LOCK) {
      UNDO.push("edit");
    }
    synchronized (GAUGE.lock) {
      GAUGE.value++;
      REPORT.println("sampled");
    }
    synchronized (JOB_LOCK) {
      jobState = "running";
      ERRORS.println("job running");
    }
  }
}
