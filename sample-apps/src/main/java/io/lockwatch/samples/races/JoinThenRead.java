package io.lockwatch.samples.races;

/**
 * Safe hand-back through {@code Thread.join()}: a worker computes into a plain field; the main
 * thread joins it and only then reads the field. Everything a thread did happens before another
 * thread returns from {@code join()} on it.
 *
 * <p>Lockwatch should find nothing in any section. The program takes no lock.
 */
public final class JoinThenRead {
  // @expect:none
  // @expect:option(races=on)
  // @expect:summary(fieldsTracked>=2,fieldAccesses>=2)
  // @expect:twin(target=RaceProneBank)

  /** The worker's result, in plain fields. */
  static final class Result {
    long sum;
    int terms;
  }

  private JoinThenRead() {}

  public static void main(String[] args) throws InterruptedException {
    Result result = new Result();
    Thread worker =
        new Thread(
            () -> {
              for (int i = 1; i <= 1_000; i++) {
                result.sum += i; // @site:write-sum
                result.terms++;
              }
            },
            "worker");
    worker.start();
    worker.join(); // @site:join
    System.out.println(
        "JoinThenRead: done, sum of " + result.terms + " terms is " + result.sum); // @site:read
  }
}
