package io.lockwatch.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The summary of one variant under one configuration: a row of the main table.
 *
 * @param variant the variant
 * @param config the configuration
 * @param ok runs with a RESULT line
 * @param total runs made
 * @param medianOps median ops/s of the OK runs
 * @param slowdown plain median / this median (1.0 for plain itself)
 * @param peakRssMb the highest peak RSS of the OK runs
 * @param heapMb median heap after GC of the OK runs
 * @param heapAfterNextLockMb median heap after one more lock and GC (lock churn only)
 * @param exitMs median exit time of the OK runs
 * @param na whether every run was rejected: the row is n/a
 * @param problem the first failed or timed-out run, described; null when none
 */
record Cell(
    Variant variant,
    Config config,
    int ok,
    int total,
    double medianOps,
    double slowdown,
    double peakRssMb,
    double heapMb,
    double heapAfterNextLockMb,
    double exitMs,
    boolean na,
    String problem) {

  /** One cell per variant x configuration, variant by variant. */
  static List<Cell> summarise(List<Variant> variants, List<Config> configs, RunLog runs) {
    List<Cell> cells = new ArrayList<>();
    for (Variant v : variants) {
      double plainMedian = Stats.median(runs.opsOf(v, Config.PLAIN));
      for (Config c : configs) {
        List<Run> rs = runs.of(v, c);
        List<Run> ok =
            rs.stream().filter(r -> r.status() == Run.Status.OK).collect(Collectors.toList());
        boolean na = !rs.isEmpty() && rs.stream().allMatch(r -> r.status() == Run.Status.REJECTED);
        double median = Stats.median(runs.opsOf(v, c));
        String problem =
            rs.stream()
                .filter(Run::failed)
                .map(r -> r.status() + " (rep " + r.rep() + ": " + r.note() + ")")
                .findFirst()
                .orElse(null);
        double slowdown =
            c.plain()
                ? (Double.isNaN(median) ? Double.NaN : 1.0)
                : Stats.slowdown(plainMedian, median);
        cells.add(
            new Cell(
                v,
                c,
                ok.size(),
                rs.size(),
                median,
                slowdown,
                Stats.max(values(ok.stream(), r -> r.peakRssKb() / 1024.0)),
                Stats.median(
                    values(
                        ok.stream().filter(r -> r.heapAfterGcBytes() >= 0),
                        r -> r.heapAfterGcBytes() / 1048576.0)),
                Stats.median(
                    values(
                        ok.stream().filter(r -> r.heapAfterNextLockBytes() >= 0),
                        r -> r.heapAfterNextLockBytes() / 1048576.0)),
                Stats.median(values(ok.stream(), Run::exitMs)),
                na,
                problem));
      }
    }
    return cells;
  }

  /** The cell of the variant named {@code variant} under {@code c}; null when there is none. */
  static Cell find(List<Cell> cells, String variant, Config c) {
    return cells.stream()
        .filter(x -> x.variant.name().equals(variant) && x.config.key().equals(c.key()))
        .findFirst()
        .orElse(null);
  }

  private static List<Double> values(Stream<Run> runs, ToDoubleFunction<Run> value) {
    return runs.map(value::applyAsDouble).collect(Collectors.toList());
  }
}
