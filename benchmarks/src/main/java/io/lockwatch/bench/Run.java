package io.lockwatch.bench;

import java.util.Locale;

/**
 * What one child JVM run produced.
 *
 * @param variant the variant's name
 * @param config the configuration's key
 * @param rep the repetition, from 1
 * @param status how it ended
 * @param result its RESULT line; null when it printed none
 * @param heapAfterGcBytes its {@code HEAP usedAfterGcBytes}; -1 without one
 * @param heapAfterNextLockBytes its {@code HEAP usedAfterNextLockBytes} (lock churn only); -1
 * @param peakRssKb the higher of the polled and the printed VmHWM; -1 when not run
 * @param exitMs time from its last output line to its exit; NaN when unknown
 * @param wallSeconds time from its start to its exit
 * @param otherCpuPercent CPU the rest of the machine used meanwhile, in % of all cores; NaN
 * @param note why it failed, or a word on its report
 */
record Run(
    String variant,
    String config,
    int rep,
    Status status,
    ResultLine result,
    long heapAfterGcBytes,
    long heapAfterNextLockBytes,
    long peakRssKb,
    double exitMs,
    double wallSeconds,
    double otherCpuPercent,
    String note) {

  /** How a run ended. */
  enum Status {
    /** Exit 0 and a RESULT line. */
    OK,
    /** Another exit code, or no RESULT line. */
    FAILED,
    /** Killed at the timeout. */
    TIMEOUT,
    /** The agent rejected the configuration's options; the cell is n/a. */
    REJECTED
  }

  /** A run the agent refused: not started (its configuration is n/a), or stopped at start. */
  static Run rejected(
      String variant, String config, int rep, double wallSeconds, double otherCpu, String why) {
    return new Run(
        variant,
        config,
        rep,
        Status.REJECTED,
        null,
        -1,
        -1,
        -1,
        Double.NaN,
        wallSeconds,
        otherCpu,
        why);
  }

  /** The RESULT line's ops/s; NaN without one. */
  double opsPerSec() {
    return result == null ? Double.NaN : result.opsPerSec();
  }

  /** Whether it failed or timed out: what makes the harness exit 3. */
  boolean failed() {
    return status == Status.FAILED || status == Status.TIMEOUT;
  }

  /** The progress line's text for this run. */
  String describe() {
    return switch (status) {
      case OK ->
          String.format(
              Locale.ROOT,
              "%,.0f ops/s, heap %.1f MB, rss %.0f MB, exit %.0f ms (%.1f s, other CPU %.0f%%)",
              opsPerSec(),
              heapAfterGcBytes / 1048576.0,
              peakRssKb / 1024.0,
              exitMs,
              wallSeconds,
              otherCpuPercent);
      case REJECTED -> "n/a (" + note + ")";
      default -> status + " " + note;
    };
  }
}
