package io.lockwatch.samples.jdk;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A cycle through the lock inside a {@code Collections.synchronizedList}: the recorder adds to the
 * list while holding the audit lock ({@code add} takes the list's monitor inside the JDK); the
 * auditor iterates the list inside {@code synchronized (list)}, as the JDK documents it must, and
 * takes the audit lock for each element. Run at the same time, each can hold its first lock and
 * wait forever for the other's. The list's internal monitor and {@code synchronized (list)} are one
 * lock.
 *
 * <p>Lockwatch should report exactly one lock-order cycle: the recorder's edge at the {@code add}
 * call, the auditor's at its {@code synchronized} lines. The fix is {@link SynchronizedListCopied}.
 */
public final class SynchronizedListIteration {
  // @expect:cycle(kind=deadlock,severity=high,lockKind=monitor)
  // @expect:option(jdk=on)
  // @expect:summary(acquisitions>=4,edges>=2)
  static final Object AUDIT = new Object();
  static final List<String> EVENTS = Collections.synchronizedList(new ArrayList<>());
  private static int audited;

  private SynchronizedListIteration() {}

  public static void main(String[] args) throws InterruptedException {
    Threads.runAlone("recorder", SynchronizedListIteration::record);
    Threads.runAlone("auditor", SynchronizedListIteration::audit);
    System.out.println("SynchronizedListIteration: done, " + audited + " events audited");
  }

  private static void record() {
    synchronized (AUDIT) { // @expect:cycle-held(thread=recorder,lock=AUDIT)
      EVENTS.add("login"); // @expect:cycle-acquired(thread=recorder,lock=SynchronizedRandomAccess)
    }
  }

  private static void audit() {
    synchronized (EVENTS) { // @expect:cycle-held(thread=auditor,lock=SynchronizedRandomAccess)
      for (String event : EVENTS) {
        synchronized (AUDIT) { // @expect:cycle-acquired(thread=auditor,lock=AUDIT)
          audited += event.length() > 0 ? 1 : 0;
        }
      }
    }
  }
}
