package io.lockwatch.samples.jdk;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Stack;

/**
 * The fix for {@link LegacyMonitorsCallbacks}, at a real size: 8 threads, each reading and writing
 * 500 times. No application code runs under a JDK object's monitor any more: the properties and the
 * undo stack are copied first ({@code new ArrayList<>(stack)} and {@code properties.entrySet()}
 * copied take the monitor only to copy), the gauge is formatted into a string before it is printed,
 * and the failure's message is read before the stack trace is printed (the exception caches it).
 * The writers still take the JDK objects' monitors while holding the application's locks: one
 * order, no cycle.
 *
 * <p>Lockwatch should find nothing.
 */
public final class LegacyMonitorsCallbacksOutside {
  // @expect:none
  // @expect:option(jdk=on)
  // @expect:summary(acquisitions>=10000,edges>=4)
  static final int THREADS = 8;
  static final int ROUNDS = 500;
  static final Object SETTINGS_LOCK = new Object();
  static final Object UNDO_LOCK = new Object();
  static final Object JOB_LOCK = new Object();
  static final Properties SETTINGS = new Properties();
  static final Stack<String> UNDO = new Stack<>();
  static final PrintWriter REPORT = new PrintWriter(new StringWriter(), true);
  static final PrintStream ERRORS = new PrintStream(new ByteArrayOutputStream(), true);
  static final Object GAUGE_LOCK = new Object();
  private static int gauge;
  private static int applied;
  private static String jobState = "idle";

  /** A failure whose message is read once, under the job's lock, before anyone prints it. */
  static final class JobFailure extends Exception {
    private final String message;

    JobFailure() {
      super(null, null, false, false);
      synchronized (JOB_LOCK) {
        message = "job failed while " + jobState;
      }
    }

    @Override
    public String getMessage() {
      return message;
    }
  }

  private LegacyMonitorsCallbacksOutside() {}

  public static void main(String[] args) throws InterruptedException {
    Thread[] threads = new Thread[THREADS];
    for (int t = 0; t < THREADS; t++) {
      int id = t;
      threads[t] = new Thread(() -> work(id), "editor-" + t);
    }
    Threads.runTogether(threads);
    synchronized (SETTINGS_LOCK) {
      System.out.println(
          "LegacyMonitorsCallbacksOutside: done, "
              + applied
              + " applied, "
              + UNDO.size()
              + " undo steps");
    }
  }

  private static void work(int id) {
    for (int i = 0; i < ROUNDS; i++) {
      write(id, i);
      if (i % 10 == 0) {
        read();
      }
    }
  }

  private static void read() {
    List<Map.Entry<Object, Object>> settings = new ArrayList<>(SETTINGS.entrySet());
    for (Map.Entry<Object, Object> setting : settings) {
      synchronized (SETTINGS_LOCK) {
        applied += setting.getKey().hashCode() & 1;
      }
    }
    List<String> steps = new ArrayList<>(UNDO);
    synchronized (SETTINGS_LOCK) {
      applied += steps.size() & 1;
    }
    String line;
    synchronized (GAUGE_LOCK) {
      line = "gauge at " + gauge;
    }
    REPORT.println(line);
    new JobFailure().printStackTrace(ERRORS);
  }

  private static void write(int id, int round) {
    synchronized (SETTINGS_LOCK) {
      SETTINGS.setProperty("editor-" + id, "round " + round);
    }
    synchronized (UNDO_LOCK) {
      UNDO.push("edit " + round);
      if (UNDO.size() > 100) {
        UNDO.remove(0);
      }
    }
    synchronized (GAUGE_LOCK) {
      gauge++;
      REPORT.println("sampled");
    }
    synchronized (JOB_LOCK) {
      jobState = "round " + round;
      ERRORS.println("job running");
    }
  }
}
