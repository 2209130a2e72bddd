import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;

/**
 * Reproduces TRIAGE.md root cause R3: what a mapping function of {@code
 * ConcurrentHashMap.computeIfAbsent} writes happens before any read of the value through the map
 * (the value is published inside the call), but the agent releases the writer's history only when
 * its call returns, so a reader whose {@code get} returns the new value first reads the fields
 * "unordered". Vert.x builds its HTTP connection pools this way (ResourceManager.java:125).
 *
 * <pre>
 * javac -d /tmp/repro ComputeIfAbsentHandOff.java
 * java -javaagent:agent/target/lockwatch-agent.jar=report=/tmp/repro.json -cp /tmp/repro ComputeIfAbsentHandOff
 * </pre>
 *
 * Expected: no unguarded field. Today: a race on ComputeIfAbsentHandOff$Pool.size in most runs (the
 * reader must beat the writer's return, which it does in a few of the 500 rounds).
 */
public class ComputeIfAbsentHandOff {
  static final class Pool {
    int size;
  }

  public static void main(String[] args) throws Exception {
    ConcurrentHashMap<Integer, Pool> pools = new ConcurrentHashMap<>();
    long sum = 0;
    for (int round = 0; round < 500; round++) {
      int key = round;
      CountDownLatch go = new CountDownLatch(1);
      long[] seen = new long[1];
      Thread reader =
          new Thread(
              () -> {
                go.countDown();
                Pool pool;
                while ((pool = pools.get(key)) == null) {
                  Thread.onSpinWait();
                }
                seen[0] = pool.size;
              },
              "reader");
      reader.start();
      go.await();
      pools.computeIfAbsent(
          key,
          k -> {
            Pool pool = new Pool();
            pool.size = k + 1;
            return pool;
          });
      reader.join();
      sum += seen[0];
    }
    System.out.println("sum " + sum);
  }
}
