package io.lockwatch.samples.primitives;

import static io.lockwatch.samples.SampleThreads.runAlone;
import static io.lockwatch.samples.SampleThreads.thread;

import java.util.concurrent.Semaphore;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A semaphore is a lock too, when it has one permit. A print shop has a job-queue lock and one
 * printer, modelled as a {@code Semaphore(1)}. The {@code spooler} locks the job queue, then
 * acquires the printer; the {@code technician} acquires the printer, then locks the job queue. Run
 * at the same time, each could hold one and wait forever for the other (and the JVM's deadlock
 * detector would not see it: a permit has no owner). Here they run one after the other, so the
 * program always finishes.
 *
 * <p>Lockwatch should report exactly one lock-order cycle ({@code kind} {@code deadlock}, {@code
 * severity} {@code high}) whose locks include the semaphore ({@code kind} {@code semaphore}, named
 * with "1 permit"), and one wait hazard: the spooler acquires a permit ({@code waitKind} {@code
 * Semaphore.acquire}, {@code severity} {@code medium}) while it holds the job-queue lock.
 */
public final class SemaphoreLockCycle {
  // @expect:cycle(kind=deadlock,severity=high)
  // @expect:hazard(kind=Semaphore.acquire,severity=medium,thread=spooler,lockHeld=jobs)
  // @expect:summary(acquisitions>=1)

  /** The shared state of the shop. */
  static final class PrintShop {
    final ReentrantLock jobs = new ReentrantLock();
    final Semaphore printer = new Semaphore(1);
    private int printed; // guarded by jobs
    private int services; // guarded by jobs

    /** Locks the job queue, then takes the printer. */
    void printNextJob() throws InterruptedException {
      jobs.lock(); // @expect:cycle-held(thread=spooler) @expect:hazard-held @expect:cycle-lock(
      //     kind=lock,name=jobs)
      try {
        printer.acquire(); // @expect:cycle-acquired(thread=spooler,
        //     lockKind=semaphore) @expect:hazard-wait @expect:cycle-lock(kind=semaphore,
        //     type=java.util.concurrent.Semaphore,name=1 permit+field+PrintShop.printer)
        try {
          printed++;
        } finally {
          printer.release();
        }
      } finally {
        jobs.unlock();
      }
    }

    /** Takes the printer for maintenance, then locks the job queue to pause it: the other order. */
    void service() throws InterruptedException {
      printer.acquire(); // @expect:cycle-held(thread=technician,lockKind=semaphore)
      try {
        jobs.lock(); // @expect:cycle-acquired(thread=technician)
        try {
          services++; // the queue is paused while the printer is serviced
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

  private SemaphoreLockCycle() {}

  public static void main(String[] args) throws InterruptedException {
    PrintShop shop = new PrintShop();
    runAlone(thread("spooler", shop::printNextJob));
    runAlone(thread("technician", shop::service));
    System.out.println("SemaphoreLockCycle: done, " + shop.counts());
  }
}
