package io.lockwatch.samples.primitives;

import static io.lockwatch.samples.SampleThreads.runTogether;

import io.lockwatch.samples.SpinBarrier;

/**
 * A deadlock that really happens: two threads take two monitors in opposite orders, and each makes
 * sure the other holds its first monitor before it asks for its second. Both then block forever;
 * the program never ends on its own.
 *
 * <p>Run it only under Lockwatch with {@code onDeadlock=exit}: the watchdog sees the deadlock
 * (through the JVM's own detector, {@code detectedBy} {@code jvm}), writes the report with both
 * threads, what each holds and waits for, prints a block naming them on stderr and ends the JVM
 * with exit code 86. The report also has the lock-order cycle that predicted it. With the default
 * {@code onDeadlock=report} the report is written just the same, and the JVM stays hung.
 */
public final class RealDeadlockDemo {
  // @expect:exit(code=86,within=30s,reason=deadlock)
  // @expect:deadlock(detectedBy=jvm)
  // @expect:deadlocked(thread=deadlock-left-first,holds=LEFT,waitsFor=RIGHT)
  // @expect:deadlocked(thread=deadlock-right-first,holds=RIGHT,waitsFor=LEFT)
  // @expect:cycle(kind=deadlock,severity=high)
  // @expect:summary(acquisitions>=1)
  static final Object LEFT = new Object();
  static final Object RIGHT = new Object();

  /** Each thread spins there, holding its first monitor, until both do. */
  private static final SpinBarrier BOTH_HOLD_THEIR_FIRST = new SpinBarrier(2);

  private RealDeadlockDemo() {}

  public static void main(String[] args) throws InterruptedException {
    Thread first = new Thread(RealDeadlockDemo::leftThenRight, "deadlock-left-first");
    Thread second = new Thread(RealDeadlockDemo::rightThenLeft, "deadlock-right-first");
    runTogether(first, second);
    System.out.println("RealDeadlockDemo: done (this line is never printed)");
  }

  private static void leftThenRight() {
    synchronized (LEFT) { // @expect:cycle-held(thread=deadlock-left-first)
      BOTH_HOLD_THEIR_FIRST.arriveAndSpin();
      synchronized (RIGHT) { // @expect:cycle-acquired(thread=deadlock-left-first,mode=exclusive)
        System.out.println("never reached");
      }
    }
  }

  private static void rightThenLeft() {
    synchronized (RIGHT) { // @expect:cycle-held(thread=deadlock-right-first)
      BOTH_HOLD_THEIR_FIRST.arriveAndSpin();
      synchronized (LEFT) { // @expect:cycle-acquired(thread=deadlock-right-first,mode=exclusive)
        System.out.println("never reached");
      }
    }
  }
}
