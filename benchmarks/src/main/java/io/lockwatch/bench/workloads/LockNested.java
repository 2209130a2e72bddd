package io.lockwatch.bench.workloads;

import io.lockwatch.bench.workloads.Cells.Cell;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Workload 2: workload 1 with {@code java.util.concurrent} locks: {@code --kind reentrant} nests
 * two {@link ReentrantLock}s of a pool; {@code --kind rw} nests two {@link
 * ReentrantReadWriteLock}s, each taken for reading (7 in 8) or writing (1 in 8). Always in a
 * consistent order (lower index first). Args: {@code --kind reentrant|rw --threads N --warmup S
 * --seconds S --pool N}.
 */
public final class LockNested {
  public static void main(String[] argv) throws Exception {
    Args args = new Args(argv);
    int threads = args.integer("threads", 2);
    int pool = args.integer("pool", 64);
    String kind = args.text("kind", "reentrant");
    Cell[] cells = Cells.pool(pool);
    Control.Worker worker;
    if (kind.equals("reentrant")) {
      ReentrantLock[] locks = new ReentrantLock[pool];
      for (int i = 0; i < pool; i++) {
        locks[i] = new ReentrantLock();
      }
      worker =
          (index, meter) -> {
            Control.Rng rng = new Control.Rng(index * 7919L + 17);
            do {
              for (int k = 0; k < 64; k++) {
                int a = rng.next(pool);
                int b = rng.nextOtherThan(a, pool);
                int lo = Math.min(a, b);
                int hi = Math.max(a, b);
                locks[lo].lock();
                try {
                  locks[hi].lock();
                  try {
                    cells[lo].value++;
                    cells[hi].value--;
                  } finally {
                    locks[hi].unlock();
                  }
                } finally {
                  locks[lo].unlock();
                }
              }
            } while (meter.add(64));
          };
    } else if (kind.equals("rw")) {
      ReentrantReadWriteLock[] locks = new ReentrantReadWriteLock[pool];
      for (int i = 0; i < pool; i++) {
        locks[i] = new ReentrantReadWriteLock();
      }
      worker =
          (index, meter) -> {
            Control.Rng rng = new Control.Rng(index * 7919L + 17);
            long seen = 0;
            do {
              for (int k = 0; k < 64; k++) {
                int a = rng.next(pool);
                int b = rng.nextOtherThan(a, pool);
                int lo = Math.min(a, b);
                int hi = Math.max(a, b);
                boolean write = rng.next(8) == 0;
                Lock outer = write ? locks[lo].writeLock() : locks[lo].readLock();
                Lock inner = write ? locks[hi].writeLock() : locks[hi].readLock();
                outer.lock();
                try {
                  inner.lock();
                  try {
                    if (write) {
                      cells[lo].value++;
                      cells[hi].value--;
                    } else {
                      seen += cells[lo].value + cells[hi].value;
                    }
                  } finally {
                    inner.unlock();
                  }
                } finally {
                  outer.unlock();
                }
              }
            } while (meter.add(64));
            if (seen == 42) {
              System.out.print(""); // keeps the reads alive
            }
          };
    } else {
      throw new IllegalArgumentException("--kind must be reentrant or rw, not " + kind);
    }
    Control.Outcome out = Control.run(args, threads, worker);
    Cells.checkNoneLost(cells);
    Output.finish(
        kind.equals("rw") ? "rwlock-nested" : "reentrant-nested",
        threads,
        out.ops(),
        out.seconds());
  }
}
