package io.lockwatch.samples.contracts;

/**
 * Cancellation by interrupt (JLS 17.4.4): the canceller writes why before {@code interrupt()}; the
 * worker, asleep, catches {@code InterruptedException} and reads it; a second worker that polls
 * {@code isInterrupted()} reads it once that returns true.
 *
 * <p>Lockwatch should find nothing; its racy twin is {@link RacyInterruptHandoffs}.
 */
public final class InterruptHandoffs {
  // @expect:none
  // @expect:option(races=on)
  // @expect:summary(fieldAccesses>=2)
  // @expect:twin(target=RacyInterruptHandoffs)

  /** Why the work was cancelled, and what each worker read. */
  static final class Cancellation {
    String reason;
    String seenAsleep;
    String seenPolling;
  }

  private InterruptHandoffs() {}

  public static void main(String[] args) throws InterruptedException {
    Cancellation cancel = new Cancellation();
    Thread sleeper =
        new Thread(
            () -> {
              try {
                Thread.sleep(60_000);
              } catch (InterruptedException e) {
                cancel.seenAsleep = cancel.reason; // @site:read-asleep
              }
            },
            "sleeper");
    Thread poller =
        new Thread(
            () -> {
              while (!Thread.currentThread().isInterrupted()) {
                Thread.onSpinWait();
              }
              cancel.seenPolling = cancel.reason;
            },
            "poller");
    sleeper.start();
    poller.start();
    Thread.sleep(50);
    cancel.reason = "shutdown"; // @site:write-reason
    sleeper.interrupt();
    poller.interrupt();
    sleeper.join();
    poller.join();
    System.out.println(
        "InterruptHandoffs: done, " + cancel.seenAsleep + " and " + cancel.seenPolling);
  }
}
