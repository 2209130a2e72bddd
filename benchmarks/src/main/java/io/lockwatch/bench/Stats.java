package io.lockwatch.bench;

import java.util.Arrays;
import java.util.Collection;

/** The little arithmetic the harness does: medians and slowdown ratios. */
public final class Stats {
  private Stats() {}

  /** The median of the values (mean of the middle two for an even count); NaN when empty. */
  public static double median(Collection<? extends Number> values) {
    double[] v =
        values.stream().mapToDouble(Number::doubleValue).filter(d -> !Double.isNaN(d)).toArray();
    if (v.length == 0) {
      return Double.NaN;
    }
    Arrays.sort(v);
    int mid = v.length / 2;
    return v.length % 2 == 1 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
  }

  /** The largest value; NaN when empty. */
  public static double max(Collection<? extends Number> values) {
    return values.stream()
        .mapToDouble(Number::doubleValue)
        .filter(d -> !Double.isNaN(d))
        .max()
        .orElse(Double.NaN);
  }

  /**
   * How many times slower a configuration is than plain, from throughputs: {@code plain / config}
   * (1.0 = no overhead, 2.0 = half the throughput). NaN when either is missing or not positive.
   */
  public static double slowdown(double plainOpsPerSec, double configOpsPerSec) {
    if (!(plainOpsPerSec > 0) || !(configOpsPerSec > 0)) {
      return Double.NaN;
    }
    return plainOpsPerSec / configOpsPerSec;
  }
}
