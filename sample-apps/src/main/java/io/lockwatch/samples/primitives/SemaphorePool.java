package io.lockwatch.samples.primitives;

import static io.lockwatch.samples.SampleThreads.numbered;
import static io.lockwatch.samples.SampleThreads.runTogether;

import java.util.ArrayDeque;
import java.util.concurrent.Semaphore;

/**
 * Six workers share three resources. A {@code Semaphore(3)} counts the free ones: a worker acquires
 * a permit before taking a resource and releases it after giving the resource back, in a {@code
 * try}/{@code finally}; the list of free resources itself is guarded by its monitor.
 *
 * <p>Workers hold a permit while they briefly lock the free list, always in that order, and never
 * wait while holding a lock. Lockwatch should find nothing in any section, and count the
 * acquisitions (permits and monitors).
 */
public final class SemaphorePool {
  // @expect:none
  // @expect:summary(acquisitions>=18)
  // @expect:stdout(contains=at most 3 of 3 resources)
  // @expect:order-edge(from=available,to=free)
  static final int RESOURCES = 3;
  static final int WORKERS = 6;

  /** A fixed set of resources handed out one per permit. */
  static final class ResourcePool {
    private final Semaphore available = new Semaphore(RESOURCES);
    private final ArrayDeque<String> free = new ArrayDeque<>();
    private int inUse;
    private int mostInUse;

    ResourcePool() {
      for (int i = 1; i <= RESOURCES; i++) {
        free.push("resource-" + i);
      }
    }

    String acquire() throws InterruptedException {
      available.acquire(); // @site:acquire-permit
      synchronized (free) { // @site:take-resource
        inUse++;
        mostInUse = Math.max(mostInUse, inUse);
        return free.pop();
      }
    }

    void release(String resource) {
      synchronized (free) { // @site:return-resource
        inUse--;
        free.push(resource);
      }
      available.release(); // @site:release-permit
    }

    int mostInUse() {
      synchronized (free) {
        return mostInUse;
      }
    }
  }

  private SemaphorePool() {}

  public static void main(String[] args) throws InterruptedException {
    ResourcePool pool = new ResourcePool();
    runTogether(
        numbered(
            "worker-",
            WORKERS,
            () -> {
              String resource = pool.acquire();
              try {
                Thread.sleep(20); // use the resource
              } finally {
                pool.release(resource);
              }
            }));
    System.out.println(
        "SemaphorePool: done, "
            + WORKERS
            + " workers, at most "
            + pool.mostInUse()
            + " of "
            + RESOURCES
            + " resources in use at once");
  }
}
