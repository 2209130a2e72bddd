package io.lockwatch.samples.contracts;

/**
 * The racy twin of {@link InterruptHandoffs}: the canceller writes the reason <em>after</em>
 * interrupting, so the interrupted worker may read it before or after; nothing orders the two.
 *
 * <p>Lockwatch should report the reason, between the marked accesses.
 */
public final class RacyInterruptHandoffs {
  // @expect:race(field=RacyInterruptHandoffs$Cancellation.reason,observed=true)
  // @expect:option(races=on)
  // @expect:summary(fieldAccesses>=2)

  /** Why the work was cancelled, and what the worker read. */
  static final class Cancellation {
    String reason;
    String seen;
  }

  private RacyInterruptHandoffs() {}

  public static void main(String[] args) throws InterruptedException {
    Cancellation cancel = new Cancellation();
    Thread sleeper =
        new Thread(
            () -> {
              try {
                Thread.sleep(60_000);
              } catch (InterruptedException e) {
                cancel.seen = cancel.reason; // @expect:race-read(thread=sleeper)
              }
            },
            "sleeper");
    sleeper.start();
    Thread.sleep(50);
    sleeper.interrupt();
    cancel.reason = "shutdown"; // @expect:race-write(thread=main)
    sleeper.join();
    System.out.println("RacyInterruptHandoffs: done, saw " + cancel.seen);
  }
}
