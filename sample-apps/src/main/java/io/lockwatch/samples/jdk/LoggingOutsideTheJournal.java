package io.lockwatch.samples.jdk;

import java.io.OutputStream;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.logging.StreamHandler;

/**
 * The fix for {@link LoggingHandlerPublish}: the auditor reads the journal under its lock and logs
 * afterwards, so no thread holds the journal's lock while waiting for the handler's monitor. The
 * handler still writes into the journal under its monitor: one order, no cycle.
 *
 * <p>Lockwatch should find nothing.
 */
public final class LoggingOutsideTheJournal {
  // @expect:none
  // @expect:option(jdk=on)
  // @expect:summary(acquisitions>=4,edges>=1)

  /** The application's stream: counts what is written, under its own lock. */
  static final class Journal extends OutputStream {
    final Object lock = new Object();
    long bytes;

    @Override
    public void write(int b) {
      synchronized (lock) {
        bytes++;
      }
    }

    @Override
    public void write(byte[] data, int offset, int length) {
      synchronized (lock) {
        bytes += length;
      }
    }
  }

  static final Journal JOURNAL = new Journal();
  static final StreamHandler HANDLER = new StreamHandler(JOURNAL, new SimpleFormatter());
  static final Logger LOG = Logger.getLogger(LoggingOutsideTheJournal.class.getName());

  private LoggingOutsideTheJournal() {}

  public static void main(String[] args) throws InterruptedException {
    LOG.setUseParentHandlers(false);
    LOG.addHandler(HANDLER);
    Threads.runAlone("writer", LoggingOutsideTheJournal::write);
    Threads.runAlone("auditor", LoggingOutsideTheJournal::audit);
    System.out.println("LoggingOutsideTheJournal: done");
  }

  private static void write() {
    LOG.info("ready");
    HANDLER.flush();
  }

  private static void audit() {
    long bytes;
    synchronized (JOURNAL.lock) {
      bytes = JOURNAL.bytes;
    }
    LOG.info("audited " + bytes);
  }
}
