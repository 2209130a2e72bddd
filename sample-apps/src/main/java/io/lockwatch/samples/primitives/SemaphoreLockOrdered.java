package io.lockwatch.samples.primitives;

import static io.lockwatch.samples.SampleThreads.runAlone;
import static io.lockwatch.samples.SampleThreads.thread;

import java.util.concurrent.Semaphore;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The fix for {@link SemaphoreLockCycle}: both the {@code spooler} and the {@code technician} take
 * the printer (a {@code Semaphore(1)}) first and the job-queue lock second, one consistent order.
 * Nobody acquires a permit while holding a lock, either.
 *
 * <p>Lockwatch should find nothing in any section, and count the acquisitions.
 */
public final class SemaphoreLockOrdered {
  // @expect:none
  // @expect:summary(acquisitions>=4,edges>=1)

  /** The shared state of the shop. */
  static final class PrintShop {
    final ReentrantLock jobs = new ReentrantLock();
    final Semaphore printer = new Semaphore(1);
    private int printed; // guarded by jobs
    private int services; // guarded by jobs

    void printNextJob() throws InterruptedException {
      printer.acquire(); // @site:spooler-acquire
      try {
        jobs.lock(); // @site:spooler-lock
        try {
          printed++;
        } finally {
          jobs.unlock();
        }
      } finally {
        printer.release();
      }
    }

    void service() throws InterruptedException {
      printer.acquire(); // @site:technician-acquire
      try {
        jobs.lock(); // @site:technician-lock
        try {
          services++;
        } finally {
          jobs.unlock();
        }
      } finally {
        printer.release();
      }
    }

    String counts() {
      jobs.lock();
      try {
        return printed + " job printed, " + services + " service";
      } finally {
        jobs.unlock();
      }
    }
  }

  private SemaphoreLockOrdered() {}

  public static void main(String[] args) throws InterruptedException {
    PrintShop shop = new PrintShop();
    runAlone(thread("spooler", shop::printNextJob));
    runAlone(thread("technician", shop::service));
    System.out.println("SemaphoreLockOrdered: done, " + shop.counts());
  }
}
