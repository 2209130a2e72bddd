package io.lockwatch.samples.contracts;

/**
 * The racy twin of {@link AliveHandoff}: the main thread polls {@code isAlive()} of one worker but
 * reads the result a second worker writes, which nothing orders with the read. {@code isAlive()}
 * returning true orders nothing either.
 *
 * <p>Lockwatch should report the checksum, between the marked accesses.
 */
public final class RacyAliveHandoff {
  // @expect:race(field=RacyAliveHandoff$Result.checksum,observed=true)
  // @expect:option(races=on)
  // @expect:summary(fieldAccesses>=2)

  /** A result with a plain field. */
  static final class Result {
    long checksum;
  }

  private RacyAliveHandoff() {}

  public static void main(String[] args) throws InterruptedException {
    Result result = new Result();
    Thread idle = new Thread(() -> {}, "idle");
    Thread worker =
        new Thread(
            () -> result.checksum = 0xCAFE, // @expect:race-write(thread=worker)
            "worker");
    idle.start();
    worker.start();
    while (idle.isAlive()) {
      Thread.sleep(1);
    }
    Thread.sleep(50);
    long seen = result.checksum; // @expect:race-read(thread=main)
    System.out.println("RacyAliveHandoff: done, checksum " + Long.toHexString(seen));
    worker.join();
  }
}
