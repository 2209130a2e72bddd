package io.lockwatch.bench.workloads;

/** Does nothing: the harness starts it under each agent configuration to see if it is accepted. */
public final class Probe {
  public static void main(String[] args) {
    Object lock = new Object();
    synchronized (lock) {
      System.out.println("PROBE ok");
    }
  }
}
