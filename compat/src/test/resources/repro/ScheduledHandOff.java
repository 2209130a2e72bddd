import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Reproduces TRIAGE.md root cause R2: what a thread did before {@code schedule}, {@code
 * scheduleAtFixedRate} or {@code scheduleWithFixedDelay} happens before the task runs
 * (ScheduledExecutorService's memory consistency effects), but the agent models only {@code
 * execute}/{@code submit}, so once the pool's worker thread exists (started by an earlier task, as
 * HikariCP's house keeper is) it reports a race on {@code setting}.
 *
 * <pre>
 * javac -d /tmp/repro ScheduledHandOff.java
 * java -javaagent:agent/target/lockwatch-agent.jar=report=/tmp/repro.json -cp /tmp/repro ScheduledHandOff
 * </pre>
 *
 * Expected: no unguarded field. Today: a race on ScheduledHandOff.setting.
 */
public class ScheduledHandOff {
  static long setting;

  public static void main(String[] args) throws Exception {
    ScheduledThreadPoolExecutor pool = new ScheduledThreadPoolExecutor(1);
    pool.schedule(() -> {}, 0, TimeUnit.MILLISECONDS).get(); // the worker thread now exists
    setting = 30_000;
    long[] seen = new long[1];
    pool.schedule(() -> seen[0] = setting, 1, TimeUnit.MILLISECONDS).get();
    pool.scheduleWithFixedDelay(() -> seen[0] = setting, 0, 10, TimeUnit.MILLISECONDS);
    Thread.sleep(50);
    pool.shutdownNow();
    System.out.println("seen " + seen[0]);
  }
}
