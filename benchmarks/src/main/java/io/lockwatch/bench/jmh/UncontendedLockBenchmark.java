package io.lockwatch.bench.jmh;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
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
 * The agent's uncontended hot path: one thread, locks it alone uses, the chain already validated
 * after the first iteration, so every acquisition takes the agent's fast path. Compare a run with
 * and without {@code -jvmArgsAppend -javaagent:...} (see benchmarks/README.md).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class UncontendedLockBenchmark {
  private final Object outer = new Object();
  private final Object inner = new Object();
  private final ReentrantLock lockA = new ReentrantLock();
  private final ReentrantLock lockB = new ReentrantLock();
  private final ReentrantReadWriteLock rw = new ReentrantReadWriteLock();
  private long counter;

  /** One monitor: monitorenter/monitorexit hooks, no edge. */
  @Benchmark
  public long syncSingle() {
    synchronized (outer) {
      return ++counter;
    }
  }

  /** Two nested monitors: one edge, validated once per thread, then the chain-cache hit. */
  @Benchmark
  public long syncNestedPair() {
    synchronized (outer) {
      synchronized (inner) {
        return ++counter;
      }
    }
  }

  /** One ReentrantLock lock/unlock. */
  @Benchmark
  public long reentrantLockUnlock() {
    lockA.lock();
    try {
      return ++counter;
    } finally {
      lockA.unlock();
    }
  }

  /** Two nested ReentrantLocks. */
  @Benchmark
  public long reentrantNestedPair() {
    lockA.lock();
    try {
      lockB.lock();
      try {
        return ++counter;
      } finally {
        lockB.unlock();
      }
    } finally {
      lockA.unlock();
    }
  }

  /** A read lock of a ReentrantReadWriteLock (the agent maps both halves to one node). */
  @Benchmark
  public long readLockUnlock() {
    rw.readLock().lock();
    try {
      return counter;
    } finally {
      rw.readLock().unlock();
    }
  }
}
