package io.lockwatch.validation.java25;

import java.util.ArrayList;
import java.util.List;

/**
 * Virtual threads in batches ({@code args[0]} of them, default 20,000; {@code VirtualThreadChurnIT}
 * runs a million): each batch of {@code args[1]} (default 1,000) threads is started, each increments its own cell and a shared counter under a monitor, and the batch is
 * joined before the next starts. Every thread's agent state and vector-clock number must be given
 * back when it ends, so memory stays bounded by one batch however many threads come and go; the
 * validation runs it in a small heap.
 *
 * <p>Lockwatch should find nothing: each thread's cell is its own, the counter is guarded, and
 * joining publishes everything to the main thread.
 */
public final class VirtualThreadChurn {
  // @expect:none
  // @expect:option(races=on) @expect:summary(fieldAccesses>=1000,acquisitions>=1000)

  private static final Object LOCK = new Object();
  private static long counter;

  /** One thread's own state. */
  static final class Cell {
    long value;
  }

  private VirtualThreadChurn() {}

  public static void main(String[] args) throws InterruptedException {
    int total = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    int batch = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
    long sum = 0;
    for (int started = 0; started < total; started += batch) {
      List<Thread> threads = new ArrayList<>(batch);
      List<Cell> cells = new ArrayList<>(batch);
      for (int i = 0; i < batch; i++) {
        Cell cell = new Cell();
        cells.add(cell);
        threads.add(
            Thread.ofVirtual()
                .start(
                    () -> {
                      cell.value++; // @site:own-cell
                      synchronized (LOCK) {
                        counter++;
                      }
                    }));
      }
      for (Thread thread : threads) {
        thread.join();
      }
      for (Cell cell : cells) {
        sum += cell.value;
      }
    }
    System.out.println("VirtualThreadChurn: done, " + counter + " threads, " + sum + " cells");
  }
}
