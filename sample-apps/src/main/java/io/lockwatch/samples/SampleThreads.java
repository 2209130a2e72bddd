package io.lockwatch.samples;

import java.util.ArrayList;
import java.util.List;

/**
 * The thread scaffolding every sample needs and none is about: naming threads, running one alone
 * after the other, starting a few together and waiting for them. The hazards themselves (the lock,
 * wait and field code) stay in the samples.
 *
 * <p>A {@link Runnable} given here is the thread's own target, so a stack captured in the thread
 * looks as if the sample had called {@code new Thread(work, name)} itself. {@link Work} that may be
 * interrupted runs inside one frame of this class, which ends it quietly on an interrupt.
 */
public final class SampleThreads {
  private SampleThreads() {}

  /** Sleeps a little, which orders nothing: to make a racy sample's accesses come in order. */
  public static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** What a sample's thread does, when that may wait and so be interrupted. */
  @FunctionalInterface
  public interface Work {
    /** Does the work. */
    void run() throws InterruptedException;
  }

  /**
   * Runs the work in a new thread of that name and waits for it to end. Run one after the other,
   * two threads never overlap: a hazard between them is only there to be predicted, never hit.
   */
  public static void runAlone(String name, Runnable work) throws InterruptedException {
    runAlone(new Thread(work, name));
  }

  /** Starts the thread and waits for it to end. */
  public static void runAlone(Thread thread) throws InterruptedException {
    thread.start();
    thread.join();
  }

  /**
   * A new thread of that name, not yet started, that does the work. An interrupt ends the work and
   * stays set on the thread, as a sample's thread has nobody to report it to.
   */
  public static Thread thread(String name, Work work) {
    return new Thread(
        () -> {
          try {
            work.run();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        },
        name);
  }

  /**
   * {@code count} threads named {@code prefix1} to {@code prefixN}, not yet started, each doing the
   * same work, in a new list the caller may add more threads to.
   */
  public static List<Thread> numbered(String prefix, int count, Work work) {
    List<Thread> threads = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      threads.add(thread(prefix + i, work));
    }
    return threads;
  }

  /** Starts the threads in this order, then waits for all of them to end. */
  public static void runTogether(Thread... threads) throws InterruptedException {
    runTogether(List.of(threads));
  }

  /** Starts the threads in their order, then waits for all of them to end. */
  public static void runTogether(List<Thread> threads) throws InterruptedException {
    for (Thread thread : threads) {
      thread.start();
    }
    for (Thread thread : threads) {
      thread.join();
    }
  }
}
