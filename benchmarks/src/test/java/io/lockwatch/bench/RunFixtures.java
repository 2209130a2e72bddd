package io.lockwatch.bench;

/** Runs made up for the tests of the tables, with sizes in MB and times in ms. */
final class RunFixtures {
  private static final double MB = 1048576.0;

  private RunFixtures() {}

  /** An OK run: ops/s, heap after GC, heap after the next lock (negative: none), peak RSS. */
  static Run ok(
      Variant v,
      Config c,
      int rep,
      double ops,
      double heapMb,
      double nextLockMb,
      double rssMb,
      double exitMs,
      double otherCpu,
      String note) {
    return new Run(
        v.name(),
        c.key(),
        rep,
        Run.Status.OK,
        new ResultLine(v.name(), 2, (long) (ops * 5), 5.0, ops),
        (long) (heapMb * MB),
        nextLockMb < 0 ? -1 : (long) (nextLockMb * MB),
        (long) (rssMb * 1024),
        exitMs,
        5.0,
        otherCpu,
        note);
  }

  /** An OK run with only a throughput and a heap. */
  static Run ok(Variant v, Config c, double ops, double heapMb, double nextLockMb) {
    return ok(v, c, 1, ops, heapMb, nextLockMb, 100, 10, 1, "");
  }

  /** A failed run. */
  static Run failed(Variant v, Config c, int rep, String why) {
    return new Run(
        v.name(), c.key(), rep, Run.Status.FAILED, null, -1, -1, 0, Double.NaN, 1.0, 2.0, why);
  }

  /** The variant of the full matrix with this name. */
  static Variant variant(String name) {
    return Matrix.all(false).stream().filter(v -> v.name().equals(name)).findFirst().orElseThrow();
  }

  /** The variant of the quick matrix with this name. */
  static Variant quickVariant(String name) {
    return Matrix.all(true).stream().filter(v -> v.name().equals(name)).findFirst().orElseThrow();
  }
}
