package io.lockwatch.samples.jdk;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;

/**
 * The application's code run under a lock of {@code java.util.logging}'s {@code LogManager}: when a
 * logger is added, the manager's logger context holds its monitor while it gives the logger the
 * level the configuration names for it, so an application {@code Logger} subclass whose {@code
 * setLevel} takes an application lock nests that lock inside the context's. An auditor that asks
 * for a new logger ({@code Logger.getLogger}, which adds it) while holding that lock takes the two
 * in the other order.
 *
 * <p>Lockwatch should report one cycle through the logger context's monitor and the audit lock. The
 * fix is {@link LogManagerCallbacksOutside}.
 */
public final class LogManagerCallbacks {
  // @expect:cycle(kind=deadlock,severity=high,withLock=LoggerContext+AUDIT_LOCK)
  // @expect:option(jdk=on)
  // @expect:summary(acquisitions>=4,edges>=2)
  static final String AUDIT = "io.lockwatch.samples.audit";
  static final Object AUDIT_LOCK = new Object();
  private static Level auditLevel = Level.INFO;

  /** An application logger that mirrors its level into the audit trail, under the audit's lock. */
  static final class AuditLogger extends Logger {
    AuditLogger(String name) {
      super(name, null);
    }

    @Override
    public void setLevel(Level level) {
      synchronized (AUDIT_LOCK) {
        auditLevel = level;
      }
      super.setLevel(level);
    }
  }

  private LogManagerCallbacks() {}

  /** Configures the audit logger's level, as a {@code logging.properties} would. */
  static void configure(String properties) {
    try {
      LogManager.getLogManager()
          .readConfiguration(
              new ByteArrayInputStream(properties.getBytes(StandardCharsets.ISO_8859_1)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static void main(String[] args) throws InterruptedException {
    configure(AUDIT + ".level=FINE\n");
    Threads.runAlone(
        "registrar", () -> LogManager.getLogManager().addLogger(new AuditLogger(AUDIT)));
    Threads.runAlone(
        "auditor",
        () -> {
          synchronized (AUDIT_LOCK) {
            Logger.getLogger(AUDIT + ".trail").fine("audit level " + auditLevel);
          }
        });
    synchronized (AUDIT_LOCK) {
      System.out.println("LogManagerCallbacks: done, audit at " + auditLevel);
    }
  }
}
