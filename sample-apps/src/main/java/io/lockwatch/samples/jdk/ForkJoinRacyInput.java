package io.lockwatch.samples.jdk;

import java.util.concurrent.RecursiveTask;

/**
 * The racy twin of {@link ForkJoinSquares}: main changes the cell's value after forking the task
 * that reads it. Only what main did before {@code fork} is published to the task; the later write
 * races with the task's read, however the two fall in time.
 *
 * <p>Lockwatch should report exactly one unguarded field, {@code ForkJoinRacyInput$Cell.value},
 * between the task's read on a pool thread and main's late write.
 */
public final class ForkJoinRacyInput {
  // @expect:race(field=ForkJoinRacyInput$Cell.value,observed=true)
  // @expect:option(jdk=on)
  // @expect:summary(fieldAccesses>=2)

  /** A cell: its value written by main, read by the task. */
  static final class Cell {
    int value;
  }

  /** Squares one cell. */
  static final class Square extends RecursiveTask<Long> {
    private final Cell cell;

    Square(Cell cell) {
      this.cell = cell;
    }

    @Override
    protected Long compute() {
      long value = cell.value; // @expect:race-read(thread=ForkJoinPool.commonPool-worker-*)
      return value * value;
    }
  }

  private ForkJoinRacyInput() {}

  public static void main(String[] args) {
    Cell cell = new Cell();
    cell.value = 3;
    Square task = new Square(cell);
    task.fork();
    Threads.pause(50); // the pool runs the task meanwhile
    cell.value = 4; // @expect:race-write(thread=main,locks=none)
    System.out.println("ForkJoinRacyInput: done, square " + task.join());
  }
}
