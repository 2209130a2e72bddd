package io.lockwatch.agent.runtime;

/**
 * Runs a piece of a test in a new thread and waits for it: a new thread has a new agent state, so
 * the only ordering the agent knows between two such runs is the one the events give it.
 */
public final class FreshThread {
  private FreshThread() {}

  /** Runs {@code body} in a new thread, waits for it, and fails with whatever it threw. */
  public static void run(Runnable body) throws InterruptedException {
    Throwable[] failure = new Throwable[1];
    Thread thread =
        new Thread(
            () -> {
              try {
                body.run();
              } catch (Throwable t) {
                failure[0] = t;
              }
            });
    thread.start();
    thread.join();
    if (failure[0] != null) {
      throw new AssertionError(failure[0]);
    }
  }
}
