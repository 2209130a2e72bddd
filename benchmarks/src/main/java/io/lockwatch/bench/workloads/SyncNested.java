package io.lockwatch.bench.workloads;

import io.lockwatch.bench.workloads.Cells.Cell;

/**
 * Workload 1: nested {@code synchronized} blocks over a pool of locks, always in a consistent order
 * (lower index first), so there is no potential deadlock to find: this is pure overhead.
 *
 * <p>Each operation picks two distinct cells of the pool, locks both (outer, then inner) and moves
 * one unit from one to the other. Args: {@code --threads N --warmup S --seconds S --pool N}.
 */
public final class SyncNested {
  public static void main(String[] argv) throws Exception {
    Args args = new Args(argv);
    int threads = args.integer("threads", 2);
    int pool = args.integer("pool", 64);
    Cell[] cells = Cells.pool(pool);
    Control.Outcome out =
        Control.run(
            args,
            threads,
            (index, meter) -> {
              Control.Rng rng = new Control.Rng(index * 7919L + 17);
              do {
                for (int k = 0; k < 64; k++) {
                  int a = rng.next(pool);
                  int b = rng.nextOtherThan(a, pool);
                  Cell outer = cells[Math.min(a, b)];
                  Cell inner = cells[Math.max(a, b)];
                  synchronized (outer) {
                    synchronized (inner) {
                      outer.value++;
                      inner.value--;
                    }
                  }
                }
              } while (meter.add(64));
            });
    Cells.checkNoneLost(cells);
    Output.finish("sync-nested", threads, out.ops(), out.seconds());
  }
}
