package io.lockwatch.it.programs;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

/**
 * 64 threads take pairs of 32 locks in random orders, a million acquisitions in all. The inner lock
 * is a timed tryLock, so the program itself can never deadlock; the agent must keep up, stay
 * correct and not deadlock it either.
 */
public final class RandomOrderStress {
  private static final int THREADS = 64;
  private static final int ACQUISITIONS = 1_000_000;

  public static void main(String[] args) throws Exception {
    Object[] monitors = new Object[16];
    ReentrantLock[] locks = new ReentrantLock[16];
    for (int i = 0; i < 16; i++) {
      monitors[i] = new Object();
      locks[i] = new ReentrantLock();
    }
    AtomicLong done = new AtomicLong();
    Thread[] threads = new Thread[THREADS];
    for (int t = 0; t < THREADS; t++) {
      long seed = t;
      threads[t] =
          new Thread(
              () -> {
                SplittableRandom random = new SplittableRandom(seed);
                for (int i = 0; i < ACQUISITIONS / THREADS / 2; i++) {
                  Object outer = monitors[random.nextInt(16)];
                  ReentrantLock inner = locks[random.nextInt(16)];
                  synchronized (outer) {
                    try {
                      if (inner.tryLock(1, TimeUnit.MILLISECONDS)) {
                        try {
                          done.incrementAndGet();
                        } finally {
                          inner.unlock();
                        }
                      }
                    } catch (InterruptedException e) {
                      Thread.currentThread().interrupt();
                      return;
                    }
                  }
                  if (random.nextInt(4) == 0) {
                    ReentrantLock first = locks[random.nextInt(16)];
                    first.lock();
                    try {
                      synchronized (monitors[random.nextInt(16)]) {
                        done.incrementAndGet();
                      }
                    } finally {
                      first.unlock();
                    }
                  }
                }
              },
              "stress-" + t);
      threads[t].start();
    }
    for (Thread thread : threads) {
      thread.join();
    }
    System.out.println("stress done " + (done.get() > 0));
  }
}
