package io.lockwatch.samples.jdk;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveAction;

/**
 * Data handed over through fork/join: main fills the cells before {@code invoke}, the tasks split
 * the cells with {@code fork} and {@code join} and write each cell's square on whichever pool
 * thread runs them, and main reads the squares after {@code invoke} returns. {@code fork} publishes
 * a task to the thread that runs it, and a task's completion to whoever joins it: no lock needed.
 *
 * <p>Lockwatch should find nothing. Its racy twin, which writes a task's input after forking it, is
 * {@link ForkJoinRacyInput}.
 */
public final class ForkJoinSquares {
  // @expect:none
  // @expect:option(jdk=on)
  // @expect:summary(fieldAccesses>=32)
  // @expect:twin(target=ForkJoinRacyInput)
  static final int CELLS = 64;

  /** A cell: its value written by main, its square by a task. */
  static final class Cell {
    int value;
    long square;
  }

  /** Squares a range of cells, splitting it in two until it is small. */
  static final class Squares extends RecursiveAction {
    private final Cell[] cells;
    private final int from;
    private final int to;

    Squares(Cell[] cells, int from, int to) {
      this.cells = cells;
      this.from = from;
      this.to = to;
    }

    @Override
    protected void compute() {
      if (to - from <= 4) {
        for (int i = from; i < to; i++) {
          cells[i].square = (long) cells[i].value * cells[i].value;
        }
        return;
      }
      int middle = (from + to) >>> 1;
      Squares left = new Squares(cells, from, middle);
      left.fork();
      new Squares(cells, middle, to).compute();
      left.join();
    }
  }

  private ForkJoinSquares() {}

  public static void main(String[] args) {
    Cell[] cells = new Cell[CELLS];
    for (int i = 0; i < CELLS; i++) {
      cells[i] = new Cell();
      cells[i].value = i;
    }
    ForkJoinPool.commonPool().invoke(new Squares(cells, 0, CELLS));
    long total = 0;
    for (Cell cell : cells) {
      total += cell.square;
    }
    System.out.println("ForkJoinSquares: done, sum of squares " + total);
  }
}
