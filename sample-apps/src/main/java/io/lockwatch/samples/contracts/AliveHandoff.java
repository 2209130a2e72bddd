package io.lockwatch.samples.contracts;

/**
 * Waiting for a thread by polling {@code isAlive()} instead of {@code join()}: once it returns
 * false, everything the thread did happens before (JLS 17.4.4, as for {@code join}), so its result
 * is safe to read.
 *
 * <p>Lockwatch should find nothing; its racy twin is {@link RacyAliveHandoff}.
 */
public final class AliveHandoff {
  // @expect:none
  // @expect:option(races=on)
  // @expect:summary(fieldAccesses>=2)
  // @expect:twin(target=RacyAliveHandoff)

  /** A result with a plain field. */
  static final class Result {
    long checksum;
  }

  private AliveHandoff() {}

  public static void main(String[] args) throws InterruptedException {
    Result result = new Result();
    Thread worker = new Thread(() -> result.checksum = 0xCAFE, "worker"); // @site:write
    worker.start();
    while (worker.isAlive()) {
      Thread.sleep(1);
    }
    long seen = result.checksum; // @site:read
    System.out.println("AliveHandoff: done, checksum " + Long.toHexString(seen));
  }
}
