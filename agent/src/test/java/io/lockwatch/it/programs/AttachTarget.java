package io.lockwatch.it.programs;

import java.io.BufferedReader;
import java.io.InputStreamReader;

/**
 * Loads and runs its locking code once, says "ready", waits for a line on stdin (sent after the
 * agent was attached), runs the same already-loaded code again, and ends.
 */
public final class AttachTarget {
  public static void main(String[] args) throws Exception {
    Worker.run(false);
    System.out.println("ready " + ProcessHandle.current().pid());
    System.out.flush();
    new BufferedReader(new InputStreamReader(System.in)).readLine();
    Thread one = new Thread(() -> Worker.run(false), "after-attach-1");
    one.start();
    one.join();
    Thread two = new Thread(() -> Worker.run(true), "after-attach-2");
    two.start();
    two.join();
    System.out.println("done");
  }

  /** Loaded before the agent arrives: the agent must retransform it. */
  static final class Worker {
    static final Object LEFT = new Object();
    static final Object RIGHT = new Object();

    static void run(boolean reversed) {
      Object outer = reversed ? RIGHT : LEFT;
      Object inner = reversed ? LEFT : RIGHT;
      synchronized (outer) {
        synchronized (inner) {
          outer.hashCode();
        }
      }
    }
  }
}
