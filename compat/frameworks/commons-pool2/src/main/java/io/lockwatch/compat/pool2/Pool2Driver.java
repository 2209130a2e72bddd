package io.lockwatch.compat.pool2;

import io.lockwatch.compat.drivers.Workers;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.commons.pool2.BaseKeyedPooledObjectFactory;
import org.apache.commons.pool2.BasePooledObjectFactory;
import org.apache.commons.pool2.PooledObject;
import org.apache.commons.pool2.impl.DefaultPooledObject;
import org.apache.commons.pool2.impl.GenericKeyedObjectPool;
import org.apache.commons.pool2.impl.GenericKeyedObjectPoolConfig;
import org.apache.commons.pool2.impl.GenericObjectPool;
import org.apache.commons.pool2.impl.GenericObjectPoolConfig;

/**
 * 6 threads borrow from a pool of at most 3 buffers (blocking when all are out), validate and
 * return them, and borrow keyed objects from a keyed pool, while the evictor runs every 5 ms. Each
 * borrowed buffer is used exclusively, so the counts follow from the borrows alone.
 */
public final class Pool2Driver {
  private static final int THREADS = 6;
  private static final int BORROWS = 3_000;

  private Pool2Driver() {}

  /** Borrows, uses, returns, prints the totals. */
  public static void main(String[] args) throws Exception {
    GenericObjectPoolConfig<StringBuilder> config = new GenericObjectPoolConfig<>();
    config.setMaxTotal(3);
    config.setMaxIdle(3);
    config.setMinIdle(1);
    config.setBlockWhenExhausted(true);
    config.setMaxWait(Duration.ofSeconds(30));
    config.setTestOnBorrow(true);
    config.setTestWhileIdle(true);
    config.setTimeBetweenEvictionRuns(Duration.ofMillis(5));
    config.setMinEvictableIdleDuration(Duration.ofMillis(10));
    GenericKeyedObjectPoolConfig<long[]> keyedConfig = new GenericKeyedObjectPoolConfig<>();
    keyedConfig.setMaxTotalPerKey(2);
    keyedConfig.setMaxTotal(6);
    keyedConfig.setMaxWait(Duration.ofSeconds(30));
    keyedConfig.setTimeBetweenEvictionRuns(Duration.ofMillis(5));
    AtomicLong used = new AtomicLong();
    try (GenericObjectPool<StringBuilder> pool = new GenericObjectPool<>(new Buffers(), config);
        GenericKeyedObjectPool<String, long[]> keyed =
            new GenericKeyedObjectPool<>(new Counters(), keyedConfig)) {
      Workers.run(
          "pool2",
          THREADS,
          worker -> {
            for (int i = 0; i < BORROWS; i++) {
              StringBuilder buffer = pool.borrowObject();
              try {
                buffer.append(worker).append(':').append(i);
                used.addAndGet(buffer.length());
              } finally {
                pool.returnObject(buffer);
              }
              if (i % 3 == 0) {
                String key = "k" + (i % 5);
                long[] counter = keyed.borrowObject(key);
                try {
                  counter[0]++;
                } finally {
                  keyed.returnObject(key, counter);
                }
              }
            }
          });
      Workers.check(pool.getNumActive() == 0, "active " + pool.getNumActive());
      System.out.printf(
          "Pool2Driver: borrows=%d chars=%d keyedBorrows=%d%n",
          pool.getBorrowedCount(), used.get(), keyed.getBorrowedCount());
    }
    System.out.println("Pool2Driver: ok");
  }

  /** Makes string buffers; cleared when returned so each borrower starts empty. */
  private static final class Buffers extends BasePooledObjectFactory<StringBuilder> {
    @Override
    public StringBuilder create() {
      return new StringBuilder();
    }

    @Override
    public PooledObject<StringBuilder> wrap(StringBuilder buffer) {
      return new DefaultPooledObject<>(buffer);
    }

    @Override
    public void passivateObject(PooledObject<StringBuilder> pooled) {
      pooled.getObject().setLength(0);
    }

    @Override
    public boolean validateObject(PooledObject<StringBuilder> pooled) {
      return pooled.getObject().length() == 0;
    }
  }

  /** Makes one-slot counters per key. */
  private static final class Counters extends BaseKeyedPooledObjectFactory<String, long[]> {
    @Override
    public long[] create(String key) {
      return new long[1];
    }

    @Override
    public PooledObject<long[]> wrap(long[] counter) {
      return new DefaultPooledObject<>(counter);
    }
  }
}
