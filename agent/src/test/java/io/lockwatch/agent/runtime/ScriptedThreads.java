package io.lockwatch.agent.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.TimeUnit;

/**
 * Threads that run steps of a test one at a time, in the order the test gives, each step on the
 * thread it names: interleavings written out by hand. The hand-over uses no agent hook, so the only
 * ordering the agent knows between steps of different threads is the one their events give it.
 */
final class ScriptedThreads implements AutoCloseable {
  private final List<Worker> workers = new ArrayList<>();

  /** Starts {@code count} threads named {@code t1}, {@code t2}... */
  ScriptedThreads(int count) {
    for (int i = 1; i <= count; i++) {
      Worker worker = new Worker("t" + i);
      workers.add(worker);
      worker.start();
    }
  }

  /** Runs {@code step} on thread {@code t<number>} and waits for it; rethrows what it threw. */
  void on(int number, Runnable step) throws InterruptedException {
    Worker worker = workers.get(number - 1);
    worker.steps.put(step);
    Throwable failure = worker.done.poll(10, TimeUnit.SECONDS);
    if (failure == null) {
      throw new AssertionError("step on t" + number + " did not finish");
    }
    if (failure != Worker.NONE) {
      throw new AssertionError(failure);
    }
  }

  @Override
  public void close() {
    workers.forEach(Thread::interrupt);
  }

  private static final class Worker extends Thread {
    static final Throwable NONE = new Throwable("none");
    final SynchronousQueue<Runnable> steps = new SynchronousQueue<>();
    final SynchronousQueue<Throwable> done = new SynchronousQueue<>();

    Worker(String name) {
      super(name);
      setDaemon(true);
    }

    @Override
    public void run() {
      try {
        while (true) {
          Runnable step = steps.take();
          Throwable failure = NONE;
          try {
            step.run();
          } catch (Throwable t) {
            failure = t;
          }
          done.put(failure);
        }
      } catch (InterruptedException e) {
        // closed
      }
    }
  }
}
