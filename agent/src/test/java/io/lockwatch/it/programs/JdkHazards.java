package io.lockwatch.it.programs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Two hazards that only JDK watching shows: a lock-order cycle through a synchronized list's
 * monitor (run one thread after the other, so it never deadlocks), and a plain {@code HashMap}
 * written by one thread and read by another without a lock.
 */
public final class JdkHazards {
  static final Object AUDIT = new Object();
  static final List<String> EVENTS = Collections.synchronizedList(new ArrayList<>());
  static final Map<String, Integer> COUNTS = new HashMap<>();

  private JdkHazards() {}

  public static void main(String[] args) throws InterruptedException {
    runAlone(
        () -> {
          synchronized (AUDIT) {
            EVENTS.add("login");
          }
        });
    runAlone(
        () -> {
          synchronized (EVENTS) {
            synchronized (AUDIT) {
              EVENTS.size();
            }
          }
        });
    Thread writer = new Thread(() -> COUNTS.put("logins", 1));
    writer.start();
    Thread.sleep(20);
    System.out.println("counted " + COUNTS.get("logins"));
    writer.join();
  }

  private static void runAlone(Runnable work) throws InterruptedException {
    Thread thread = new Thread(work);
    thread.start();
    thread.join();
  }
}
