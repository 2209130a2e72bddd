package io.lockwatch.bench.jmh;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The race detector's hot path, one thread: plain field accesses outside and inside a lock (inside
 * one, every operation is a new epoch), a volatile flag polled, atomic and concurrent-map reads
 * (acquire only), and array elements. Compare runs with {@code races=on} and {@code races=off}, and
 * without the agent (see benchmarks/README.md).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class RaceHotPathBenchmark {
  private final Object monitor = new Object();
  private final AtomicLong atomic = new AtomicLong();
  private final ConcurrentHashMap<String, Long> map = new ConcurrentHashMap<>();
  private final long[] elements = new long[1024];
  private volatile boolean flag;
  private long a;
  private long b;
  private int cursor;

  /** Seeds the map. */
  public RaceHotPathBenchmark() {
    map.put("key", 1L);
  }

  /** Two plain fields read and written, no lock: the same epoch every time after the first. */
  @Benchmark
  public long fieldsUnlocked() {
    a = a + 1;
    b = b + a;
    return b;
  }

  /** The same under a monitor: each operation a new epoch, so the full FastTrack check. */
  @Benchmark
  public long fieldsLocked() {
    synchronized (monitor) {
      a = a + 1;
      b = b + a;
      return b;
    }
  }

  /** A volatile read, as a stop flag polled in a loop. */
  @Benchmark
  public boolean volatileRead() {
    return flag;
  }

  /** An atomic's get: an acquire, which learns nothing new. */
  @Benchmark
  public long atomicGet() {
    return atomic.get();
  }

  /** A concurrent map's get of a present key: an acquire of that key. */
  @Benchmark
  public Long mapGet() {
    return map.get("key");
  }

  /** An array element read and written, walking the array. */
  @Benchmark
  public long arrayElement() {
    int i = cursor = (cursor + 1) & (elements.length - 1);
    elements[i] = elements[i] + i;
    return elements[i];
  }
}
