package io.lockwatch.samples.jdk;

import java.io.OutputStream;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.logging.StreamHandler;

/**
 * A cycle through a {@code java.util.logging} handler's monitor: a {@code StreamHandler} writes
 * into the application's journal stream while holding its own monitor (here when it is flushed),
 * and the journal takes its lock on every write; an auditor holds the journal's lock while it logs
 * through the same handler. Run at the same time, each can hold its first lock and wait forever for
 * the other's.
 *
 * <p>Lockwatch should report exactly one lock-order cycle: the writer's edge from the {@code flush}
 * call to the journal's lock, the auditor's from its {@code synchronized} to the {@code info} call.
 * The fix is {@link LoggingOutsideTheJournal}.
 */
public final class LoggingHandlerPublish {
  // @expect:cycle(kind=deadlock,severity=high,lockKind=monitor)
  // @expect:option(jdk=on)
  // @expect:summary(acquisitions>=4,edges>=2)

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
      synchronized (lock) { // @expect:cycle-acquired(thread=writer,lock=Journal.lock)
        bytes += length;
      }
    }
  }

  static final Journal JOURNAL = new Journal();
  static final StreamHandler HANDLER = new StreamHandler(JOURNAL, new SimpleFormatter());
  static final Logger LOG = Logger.getLogger(LoggingHandlerPublish.class.getName());

  private LoggingHandlerPublish() {}

  public static void main(String[] args) throws InterruptedException {
    LOG.setUseParentHandlers(false);
    LOG.addHandler(HANDLER);
    Threads.runAlone("writer", LoggingHandlerPublish::write);
    Threads.runAlone("auditor", LoggingHandlerPublish::audit);
    System.out.println("LoggingHandlerPublish: done");
  }

  private static void write() {
    LOG.info("ready");
    HANDLER.flush(); // @expect:cycle-held(thread=writer,lock=StreamHandler)
  }

  private static void audit() {
    synchronized (JOURNAL.lock) { // @expect:cycle-held(thread=auditor,lock=Journal.lock)
      LOG.info("audited " + JOURNAL.bytes); // @expect:cycle-acquired(thread=auditor)
    }
  }
}
