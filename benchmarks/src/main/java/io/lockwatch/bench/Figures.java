package io.lockwatch.bench;

import java.time.Instant;
import java.util.Locale;

/** Numbers and instants as the tables print them. */
final class Figures {

  /** What a table shows for a number it does not have. */
  static final String MISSING = "–";

  private Figures() {}

  /** {@code d} in {@code format} (root locale), or a dash when it is NaN. */
  static String format(double d, String format) {
    return Double.isNaN(d) ? MISSING : String.format(Locale.ROOT, format, d);
  }

  /** An instant to the second: {@code 2026-01-02T03:04:05Z}. */
  static String seconds(Instant instant) {
    return instant.toString().replaceAll("\\.\\d+Z$", "Z");
  }
}
