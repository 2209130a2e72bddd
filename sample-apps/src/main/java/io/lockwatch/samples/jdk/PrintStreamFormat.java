package io.lockwatch.samples.jdk;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;

/**
 * A cycle through a {@code PrintStream}'s monitor: {@code printf} formats its arguments while
 * holding the stream's monitor, and this gauge's {@code toString} takes the gauge's lock; the
 * sampler holds the gauge's lock while it prints to the same stream. Run at the same time, each can
 * hold its first lock and wait forever for the other's. (The stream here writes to memory; {@code
 * System.out} is a {@code PrintStream} like it.)
 *
 * <p>Lockwatch should report exactly one lock-order cycle: the printer's edge from the {@code
 * printf} call to {@code toString}'s lock, the sampler's at its lines. The fix is {@link
 * PrintStreamFormattedFirst}.
 */
public final class PrintStreamFormat {
  // @expect:cycle(kind=deadlock,severity=high,lockKind=monitor)
  // @expect:option(jdk=on)
  // @expect:summary(acquisitions>=4,edges>=2)
  static final PrintStream OUT = new PrintStream(new ByteArrayOutputStream(), true);

  /** A gauge whose value is guarded by its lock. */
  static final class Gauge {
    final Object lock = new Object();
    int value;

    @Override
    public String toString() {
      synchronized (lock) { // @expect:cycle-acquired(thread=printer,lock=Gauge.lock)
        return "gauge at " + value;
      }
    }
  }

  static final Gauge GAUGE = new Gauge();

  private PrintStreamFormat() {}

  public static void main(String[] args) throws InterruptedException {
    Threads.runAlone(
        "printer", () -> OUT.printf("%s%n", GAUGE)); // @expect:cycle-held(thread=printer)
    Threads.runAlone("sampler", PrintStreamFormat::sample);
    System.out.println("PrintStreamFormat: done, gauge at " + GAUGE.value);
  }

  private static void sample() {
    synchronized (GAUGE.lock) { // @expect:cycle-held(thread=sampler,lock=Gauge.lock)
      GAUGE.value++;
      OUT.println("sampled"); // @expect:cycle-acquired(thread=sampler,lock=PrintStream)
    }
  }
}
