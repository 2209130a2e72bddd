package io.lockwatch.samples.jdk;

import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;

/**
 * The fix for {@link LogManagerCallbacks}, at a real size: the audit logger's {@code setLevel}
 * publishes the level through a volatile field and takes no lock, so nothing nests inside the
 * logger context's monitor. Eight registrars add 100 configured audit loggers each while eight
 * auditors each ask for 100 new loggers under the audit lock.
 *
 * <p>Lockwatch should find nothing.
 */
public final class LogManagerCallbacksOutside {
  // @expect:none
  // @expect:option(jdk=on)
  // @expect:summary(acquisitions>=1000)
  static final int THREADS = 8;
  static final int LOGGERS = 100;
  static final String AUDIT = "io.lockwatch.samples.audit";
  static final Object AUDIT_LOCK = new Object();
  private static volatile Level auditLevel = Level.INFO;
  private static int asked;

  /** An application logger that mirrors its level into the audit trail, without a lock. */
  static final class AuditLogger extends Logger {
    AuditLogger(String name) {
      super(name, null);
    }

    @Override
    public void setLevel(Level level) {
      auditLevel = level;
      super.setLevel(level);
    }
  }

  private LogManagerCallbacksOutside() {}

  static String name(int thread, int i) {
    return AUDIT + "." + thread + "." + i;
  }

  public static void main(String[] args) throws InterruptedException {
    StringBuilder properties = new StringBuilder();
    for (int t = 0; t < THREADS; t++) {
      for (int i = 0; i < LOGGERS; i++) {
        properties.append(name(t, i)).append(".level=FINE\n");
      }
    }
    LogManagerCallbacks.configure(properties.toString());
    Thread[] threads = new Thread[2 * THREADS];
    Logger[] kept = new Logger[THREADS * LOGGERS * 2]; // loggers are weakly held by the manager
    for (int t = 0; t < THREADS; t++) {
      int id = t;
      threads[t] =
          new Thread(
              () -> {
                for (int i = 0; i < LOGGERS; i++) {
                  AuditLogger logger = new AuditLogger(name(id, i));
                  kept[id * LOGGERS + i] = logger;
                  LogManager.getLogManager().addLogger(logger);
                }
              },
              "registrar-" + t);
      threads[THREADS + t] =
          new Thread(
              () -> {
                for (int i = 0; i < LOGGERS; i++) {
                  synchronized (AUDIT_LOCK) {
                    Logger trail = Logger.getLogger(name(id, i) + ".trail");
                    kept[(THREADS + id) * LOGGERS + i] = trail;
                    trail.fine("audit level " + auditLevel);
                    asked++;
                  }
                }
              },
              "auditor-" + t);
    }
    Threads.runTogether(threads);
    synchronized (AUDIT_LOCK) {
      System.out.println("LogManagerCallbacksOutside: done, " + asked + " loggers asked for");
    }
  }
}
