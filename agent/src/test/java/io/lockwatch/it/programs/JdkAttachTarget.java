package io.lockwatch.it.programs;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Waits for a line on stdin (the test attaches the agent meanwhile), then runs a lock-order cycle
 * through a synchronized list's monitor, whose JDK class was loaded long before the agent came.
 */
public final class JdkAttachTarget {
  static final Object AUDIT = new Object();

  private JdkAttachTarget() {}

  public static void main(String[] args) throws Exception {
    List<String> events = Collections.synchronizedList(new ArrayList<>());
    events.add("warm"); // the wrapper class is loaded and used before the agent attaches
    System.out.println("ready");
    new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
    Thread recorder =
        new Thread(
            () -> {
              synchronized (AUDIT) {
                events.add("login");
              }
            });
    recorder.start();
    recorder.join();
    Thread auditor =
        new Thread(
            () -> {
              synchronized (events) {
                synchronized (AUDIT) {
                  events.size();
                }
              }
            });
    auditor.start();
    auditor.join();
    System.out.println("done");
  }
}
