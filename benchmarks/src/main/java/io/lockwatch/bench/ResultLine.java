package io.lockwatch.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The machine-readable lines the workloads print, {@code TAG key=value key=value ...}, and the one
 * that matters most: {@code RESULT workload=<name> threads=<n> ops=<total> seconds=<s>
 * opsPerSec=<x>}.
 */
public record ResultLine(String workload, int threads, long ops, double seconds, double opsPerSec) {

  /** The RESULT line's values, or empty when {@code line} is not a well-formed RESULT line. */
  public static Optional<ResultLine> parse(String line) {
    Map<String, String> kv = fields("RESULT", line);
    if (kv == null) {
      return Optional.empty();
    }
    try {
      String workload = kv.get("workload");
      if (workload == null || workload.isEmpty()) {
        return Optional.empty();
      }
      ResultLine r =
          new ResultLine(
              workload,
              Integer.parseInt(require(kv, "threads")),
              Long.parseLong(require(kv, "ops")),
              Double.parseDouble(require(kv, "seconds")),
              Double.parseDouble(require(kv, "opsPerSec")));
      if (r.ops < 0 || r.seconds < 0 || Double.isNaN(r.opsPerSec)) {
        return Optional.empty();
      }
      return Optional.of(r);
    } catch (IllegalArgumentException bad) { // includes NumberFormatException
      return Optional.empty();
    }
  }

  /**
   * The {@code key=value} fields of a line starting with {@code tag} and a space (leading and
   * trailing blanks ignored), in order; null when the line has another tag or a field without
   * {@code =}.
   */
  public static Map<String, String> fields(String tag, String line) {
    if (line == null) {
      return null;
    }
    String s = line.strip();
    if (!s.startsWith(tag + " ")) {
      return null;
    }
    Map<String, String> kv = new LinkedHashMap<>();
    for (String token : s.substring(tag.length() + 1).trim().split("\\s+")) {
      int eq = token.indexOf('=');
      if (eq <= 0) {
        return null;
      }
      kv.put(token.substring(0, eq), token.substring(eq + 1));
    }
    return kv;
  }

  /** The long value of {@code key} on a {@code tag} line, if the line is one and has it. */
  public static Optional<Long> longField(String tag, String key, String line) {
    Map<String, String> kv = fields(tag, line);
    if (kv == null || !kv.containsKey(key)) {
      return Optional.empty();
    }
    try {
      return Optional.of(Long.parseLong(kv.get(key)));
    } catch (NumberFormatException bad) {
      return Optional.empty();
    }
  }

  private static String require(Map<String, String> kv, String key) {
    String v = kv.get(key);
    if (v == null) {
      throw new IllegalArgumentException("missing " + key);
    }
    return v;
  }
}
