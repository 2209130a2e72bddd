package io.lockwatch.samples.races;

/**
 * Threads that come and go, as a thread-per-task server makes them: 2,000 short threads started and
 * joined one after another, each carrying the previous one's total on. Every thread's state is
 * forgotten once it ended and its number in vector clocks goes to the next thread with a new epoch,
 * so memory stays flat; start and join still order each thread after the previous one.
 *
 * <p>Lockwatch should find nothing; its racy twin is {@link RacyThreadChurn}.
 */
public final class ThreadChurn {
  // @expect:none
  // @expect:option(races=on)
  // @expect:summary(fieldAccesses>=4000)
  // @expect:twin(target=RacyThreadChurn)
  static final int THREADS = 2_000;

  /** State handed from each thread to the next through start and join. */
  static final class Relay {
    long total;
  }

  private ThreadChurn() {}

  public static void main(String[] args) throws InterruptedException {
    Relay relay = new Relay();
    for (int i = 0; i < THREADS; i++) {
      int step = i;
      Thread thread = new Thread(() -> relay.total += step, "task-" + i); // @site:carry
      thread.start();
      thread.join();
    }
    System.out.println("ThreadChurn: done, total " + relay.total);
  }
}
