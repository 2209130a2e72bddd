package io.lockwatch.bench.workloads;

/**
 * The pool of the nested-lock workloads: each operation moves one unit from one cell to another
 * under two locks, so the cells always sum to 0 unless a lock failed to guard a move.
 */
final class Cells {
  /** One cell; {@link SyncNested} also locks its monitor. */
  static final class Cell {
    long value;
  }

  private Cells() {}

  /** {@code size} cells at 0. */
  static Cell[] pool(int size) {
    Cell[] cells = new Cell[size];
    for (int i = 0; i < size; i++) {
      cells[i] = new Cell();
    }
    return cells;
  }

  /** Throws when the cells do not sum to 0: an update was lost. */
  static void checkNoneLost(Cell[] cells) {
    long sum = 0;
    for (Cell c : cells) {
      sum += c.value;
    }
    if (sum != 0) {
      throw new IllegalStateException("lost updates: " + sum);
    }
  }
}
