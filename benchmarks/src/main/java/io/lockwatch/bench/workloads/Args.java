package io.lockwatch.bench.workloads;

import java.util.HashMap;
import java.util.Map;

/** {@code --name value} command-line options of a workload, with defaults. */
final class Args {
  private final Map<String, String> values = new HashMap<>();

  Args(String[] args) {
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (!a.startsWith("--")) {
        throw new IllegalArgumentException("expected --option, got '" + a + "'");
      }
      String key = a.substring(2);
      int eq = key.indexOf('=');
      if (eq >= 0) {
        values.put(key.substring(0, eq), key.substring(eq + 1));
      } else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
        values.put(key, args[++i]);
      } else {
        values.put(key, "true");
      }
    }
  }

  int integer(String key, int defaultValue) {
    String v = values.get(key);
    return v == null ? defaultValue : (int) parseCount(v);
  }

  long count(String key, long defaultValue) {
    String v = values.get(key);
    return v == null ? defaultValue : parseCount(v);
  }

  double decimal(String key, double defaultValue) {
    String v = values.get(key);
    return v == null ? defaultValue : Double.parseDouble(v);
  }

  String text(String key, String defaultValue) {
    return values.getOrDefault(key, defaultValue);
  }

  /** Accepts 1000000, 1_000_000, 1e6 and 4e6. */
  private static long parseCount(String v) {
    String s = v.replace("_", "");
    if (s.contains("e") || s.contains("E") || s.contains(".")) {
      return (long) Double.parseDouble(s);
    }
    return Long.parseLong(s);
  }
}
