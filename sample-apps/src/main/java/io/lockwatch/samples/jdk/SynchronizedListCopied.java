package io.lockwatch.samples.jdk;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The fix for {@link SynchronizedListIteration}: the auditor copies the list under its monitor and
 * takes the audit lock only afterwards, so no thread ever holds the list's lock while waiting for
 * the audit lock. The recorder still adds while holding the audit lock: one order, no cycle.
 *
 * <p>Lockwatch should find nothing.
 */
public final class SynchronizedListCopied {
  // @expect:none
  // @expect:option(jdk=on)
  // @expect:summary(acquisitions>=4,edges>=1)
  static final Object AUDIT = new Object();
  static final List<String> EVENTS = Collections.synchronizedList(new ArrayList<>());
  private static int audited;

  private SynchronizedListCopied() {}

  public static void main(String[] args) throws InterruptedException {
    Threads.runAlone("recorder", SynchronizedListCopied::record);
    Threads.runAlone("auditor", SynchronizedListCopied::audit);
    System.out.println("SynchronizedListCopied: done, " + audited + " events audited");
  }

  private static void record() {
    synchronized (AUDIT) {
      EVENTS.add("login");
    }
  }

  private static void audit() {
    List<String> copy;
    synchronized (EVENTS) {
      copy = new ArrayList<>(EVENTS);
    }
    for (String event : copy) {
      synchronized (AUDIT) {
        audited += event.length() > 0 ? 1 : 0;
      }
    }
  }
}
