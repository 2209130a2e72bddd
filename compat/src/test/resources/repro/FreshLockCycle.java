import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Reproduces TRIAGE.md root cause R7: a lock taken right after it is created, before any other
 * thread can reach it, cannot be contended, so an edge into that first acquisition cannot close a
 * deadlock. Lucene's DocumentsWriterPerThreadPool.newWriter creates a writer, locks it and
 * registers it under the pool's monitor, while other threads lock registered writers and then take
 * the pool's monitor: every Lucene cycle in TRIAGE.md needs that first-acquisition edge.
 *
 * <pre>
 * javac -d /tmp/repro FreshLockCycle.java
 * java -javaagent:agent/target/lockwatch-agent.jar=report=/tmp/repro.json -cp /tmp/repro FreshLockCycle
 * </pre>
 *
 * Expected: no lock-order cycle. Today: a cycle pool --> ReentrantLock --> pool.
 */
public class FreshLockCycle {
  private final List<ReentrantLock> writers = new ArrayList<>();

  /** Like newWriter: the new lock is locked under the pool's monitor before it is published. */
  synchronized ReentrantLock newWriter() {
    ReentrantLock writer = new ReentrantLock();
    writer.lock();
    writers.add(writer);
    return writer;
  }

  synchronized boolean isRegistered(ReentrantLock writer) {
    return writers.contains(writer);
  }

  public static void main(String[] args) throws Exception {
    FreshLockCycle pool = new FreshLockCycle();
    ReentrantLock writer = pool.newWriter();
    writer.unlock();
    Thread flusher =
        new Thread(
            () -> {
              writer.lock(); // like filterAndLock: lock a registered writer, then ask the pool
              try {
                pool.isRegistered(writer);
              } finally {
                writer.unlock();
              }
            },
            "flusher");
    flusher.start();
    flusher.join();
    System.out.println("registered " + pool.writers.size());
  }
}
