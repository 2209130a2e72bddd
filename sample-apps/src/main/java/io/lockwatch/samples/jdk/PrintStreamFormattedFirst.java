package io.lockwatch.samples.jdk;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;

/**
 * The fix for {@link PrintStreamFormat}: the printer formats the gauge into a string first and
 * prints the string, so the stream's monitor is never held while waiting for the gauge's lock. The
 * sampler still prints while holding the gauge's lock: one order, no cycle.
 *
 * <p>Lockwatch should find nothing.
 */
public final class PrintStreamFormattedFirst {
  // @expect:none
  // @expect:option(jdk=on)
  // @expect:summary(acquisitions>=4,edges>=1)
  static final PrintStream OUT = new PrintStream(new ByteArrayOutputStream(), true);

  /** A gauge whose value is guarded by its lock. */
  static final class Gauge {
    final Object lock = new Object();
    int value;

    @Override
    public String toString() {
      synchronized (lock) {
        return "gauge at " + value;
      }
    }
  }

  static final Gauge GAUGE = new Gauge();

  private PrintStreamFormattedFirst() {}

  public static void main(String[] args) throws InterruptedException {
    Threads.runAlone("printer", () -> OUT.println(String.format("%s", GAUGE)));
    Threads.runAlone("sampler", PrintStreamFormattedFirst::sample);
    System.out.println("PrintStreamFormattedFirst: done, gauge at " + GAUGE.value);
  }

  private static void sample() {
    synchronized (GAUGE.lock) {
      GAUGE.value++;
      OUT.println("sampled");
    }
  }
}
