import java.util.concurrent.Semaphore;

/**
 * Reproduces TRIAGE.md root cause R5: a semaphore used as a signal (one thread releases, another
 * acquires, as Jetty's ReservedThreadExecutor hands tasks to reserved threads) is counted as held
 * by the acquiring thread forever, so every later wait of that thread is reported as a wait hazard
 * "holding" the semaphore, and its permits pile up past the semaphore's own count.
 *
 * <pre>
 * javac -d /tmp/repro SemaphoreSignal.java
 * java -javaagent:agent/target/lockwatch-agent.jar=report=/tmp/repro.json -cp /tmp/repro SemaphoreSignal
 * </pre>
 *
 * Expected: no wait hazard (the waiter holds nothing). Today: an Object.wait hazard holding
 * "Semaphore (1 permit) in local variable #1".
 */
public class SemaphoreSignal {
  public static void main(String[] args) throws Exception {
    Semaphore signal = new Semaphore(0);
    Object idle = new Object();
    Thread waiter =
        new Thread(
            () -> {
              try {
                for (int round = 0; round < 3; round++) {
                  signal.acquire(); // woken by main: a signal, not a resource
                  synchronized (idle) {
                    idle.wait(5); // the thread holds nothing here
                  }
                }
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "waiter");
    waiter.start();
    for (int round = 0; round < 3; round++) {
      signal.release();
      Thread.sleep(20);
    }
    waiter.join();
    System.out.println("done");
  }
}
