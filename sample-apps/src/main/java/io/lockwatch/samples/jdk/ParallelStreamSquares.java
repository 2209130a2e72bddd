package io.lockwatch.samples.jdk;

import java.util.ArrayList;
import java.util.List;

/**
 * Data handed over through a parallel stream: main fills the cells, the stream's {@code forEach}
 * writes each cell's square on whichever pool thread takes it, and main reads the squares after the
 * terminal operation returns. The stream runs on fork/join tasks, whose completion orders the
 * workers' writes before the terminal operation's return: no lock needed.
 *
 * <p>Lockwatch should find nothing. Its racy twin, whose action adds to one shared total, is {@link
 * ParallelStreamRacyTotal}.
 */
public final class ParallelStreamSquares {
  // @expect:none
  // @expect:option(jdk=on)
  // @expect:summary(fieldAccesses>=100)
  // @expect:twin(target=ParallelStreamRacyTotal)
  static final int CELLS = 4096;

  /** A cell: its value written by main, its square by the stream. */
  static final class Cell {
    int value;
    long square;
  }

  private ParallelStreamSquares() {}

  public static void main(String[] args) {
    List<Cell> cells = new ArrayList<>();
    for (int i = 0; i < CELLS; i++) {
      Cell cell = new Cell();
      cell.value = i % 100;
      cells.add(cell);
    }
    cells.parallelStream().forEach(cell -> cell.square = (long) cell.value * cell.value);
    long total = 0;
    for (Cell cell : cells) {
      total += cell.square;
    }
    System.out.println("ParallelStreamSquares: done, sum of squares " + total);
  }
}
