import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;

/**
 * Reproduces TRIAGE.md root cause R6: a {@code FutureTask} the program creates and runs itself
 * (Lucene's TaskExecutor gives executor.execute a plain Runnable that runs it, then calls get())
 * orders everything the task did before {@code get()} returns, but the agent links task end to
 * {@code get()} only for the futures {@code submit} returns, so it reports a race on what the task
 * wrote.
 *
 * <pre>
 * javac -d /tmp/repro FutureTaskRunByLibrary.java
 * java -javaagent:agent/target/lockwatch-agent.jar=report=/tmp/repro.json -cp /tmp/repro FutureTaskRunByLibrary
 * </pre>
 *
 * Expected: no unguarded field. Today: a race on FutureTaskRunByLibrary$Collector.hits.
 */
public class FutureTaskRunByLibrary {
  static final class Collector {
    long hits;
  }

  public static void main(String[] args) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(1);
    pool.submit(() -> {}).get(); // the pool thread exists before the collector does
    Collector collector = new Collector();
    FutureTask<Long> slice =
        new FutureTask<>(
            () -> {
              collector.hits += 42; // the search of one slice
              return collector.hits;
            });
    pool.execute(slice::run); // a plain Runnable, as TaskExecutor.invokeAll does
    slice.get();
    System.out.println("hits " + collector.hits); // after get(): ordered
    pool.shutdown();
  }
}
