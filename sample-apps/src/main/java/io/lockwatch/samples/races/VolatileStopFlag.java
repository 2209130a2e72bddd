package io.lockwatch.samples.races;

/**
 * A worker polls a {@code volatile boolean running} flag; the main thread lets it work a little,
 * writes the reason for stopping into a plain field, then clears the flag. The volatile write
 * publishes the plain write before it: the worker, having read {@code running == false}, sees the
 * reason too. Without {@code volatile} the worker might never see the flag change at all.
 *
 * <p>Lockwatch should find nothing in any section: volatile fields are not races, and the volatile
 * write-read orders the plain field. The program takes no lock.
 */
public final class VolatileStopFlag {
  // @expect:none
  // @expect:option(races=on)
  // @expect:summary(fieldsTracked>=3,fieldAccesses>=3)
  // @expect:twin(target=RaceProneBank)

  /** A worker that runs until told to stop. */
  static final class Worker implements Runnable {
    private volatile boolean running = true;
    private String stopReason; // written before running = false, read after seeing it
    private long iterations; // the worker's own; main reads it after join()
    private String lastWords; // the worker's own; main reads it after join()

    @Override
    public void run() {
      while (running) { // @site:poll-flag
        iterations++;
        Thread.onSpinWait();
      }
      lastWords = "stopped because " + stopReason; // @site:read-reason
    }

    void stop(String reason) {
      stopReason = reason; // @site:write-reason
      running = false; // @site:clear-flag
    }
  }

  private VolatileStopFlag() {}

  public static void main(String[] args) throws InterruptedException {
    Worker worker = new Worker();
    Thread thread = new Thread(worker, "worker");
    thread.start();
    Thread.sleep(30);
    worker.stop("the main thread said so");
    thread.join();
    System.out.println(
        "VolatileStopFlag: done, worker "
            + worker.lastWords
            + " after "
            + (worker.iterations > 0 ? "some" : "no")
            + " iterations");
  }
}
