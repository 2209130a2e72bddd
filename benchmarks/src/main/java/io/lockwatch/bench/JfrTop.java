package io.lockwatch.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedClass;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Aggregates a JFR recording into the few lists that matter for agent overhead: hottest frames
 * (self and inclusive), the innermost frame inside the agent (classes under comma-separated {@code
 * --prefix}es, default the agent's, bridge and shaded packages, so JDK code the agent calls is
 * charged to the agent method that called it), and allocation samples by class and by allocating
 * frame. Usage: {@code java -cp benchmarks.jar io.lockwatch.bench.JfrTop rec.jfr [--prefix a.,b.]
 * [--top 25]}
 */
public final class JfrTop {
  private JfrTop() {}

  public static void main(String[] args) throws IOException {
    if (args.length == 0) {
      System.err.println(
          "usage: JfrTop rec.jfr [--prefix io.lockwatch.agent.,io.lockwatch.bridge.] [--top 25]");
      System.exit(64);
    }
    Path file = Paths.get(args[0]);
    String prefix = "io.lockwatch.agent.,io.lockwatch.bridge.,io.lockwatch.shaded.";
    int top = 25;
    for (int i = 1; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--prefix" -> prefix = args[i + 1];
        case "--top" -> top = Integer.parseInt(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    Map<String, Long> self = new HashMap<>();
    Map<String, Long> inclusive = new HashMap<>();
    Map<String, Long> inPrefix = new HashMap<>();
    Map<String, Long> allocByClass = new HashMap<>();
    Map<String, Long> allocByFrame = new HashMap<>();
    Map<String, Long> allocByPrefixFrame = new HashMap<>();
    long samples = 0;
    long samplesInPrefix = 0;
    long allocTotal = 0;
    long allocInPrefix = 0;
    for (RecordedEvent e : RecordingFile.readAllEvents(file)) {
      String type = e.getEventType().getName();
      RecordedStackTrace st = e.getStackTrace();
      if (st == null) {
        continue;
      }
      List<RecordedFrame> frames = st.getFrames();
      if (frames.isEmpty()) {
        continue;
      }
      if (type.equals("jdk.ExecutionSample")) {
        samples++;
        add(self, name(frames.get(0)), 1);
        Set<String> seen = new HashSet<>();
        for (RecordedFrame f : frames) {
          String n = name(f);
          if (seen.add(n)) {
            add(inclusive, n, 1);
          }
        }
        String p = firstWithPrefix(frames, prefix);
        if (p != null) {
          samplesInPrefix++;
          add(inPrefix, p, 1);
        }
      } else if (type.equals("jdk.ObjectAllocationSample")) {
        long weight = e.getLong("weight");
        allocTotal += weight;
        RecordedClass c = e.getClass("objectClass");
        add(allocByClass, c == null ? "?" : c.getName(), weight);
        add(allocByFrame, name(frames.get(0)), weight);
        String p = firstWithPrefix(frames, prefix);
        if (p != null) {
          allocInPrefix += weight;
          add(allocByPrefixFrame, p, weight);
        }
      }
    }
    System.out.printf(
        Locale.ROOT,
        "%d execution samples, %d (%.1f%%) with a frame under %s%n",
        samples,
        samplesInPrefix,
        pct(samplesInPrefix, samples),
        prefix);
    print("hottest frames (self)", self, samples, top, "");
    print("hottest frames (inclusive)", inclusive, samples, top, "");
    print("innermost agent frame of each sample", inPrefix, samples, top, "");
    System.out.printf(
        Locale.ROOT,
        "%nallocation samples: %.1f MB sampled weight, %.1f%% under %s%n",
        allocTotal / 1048576.0,
        pct(allocInPrefix, allocTotal),
        prefix);
    print("allocated classes", allocByClass, allocTotal, top, " MB");
    print("allocating frames (top)", allocByFrame, allocTotal, top, " MB");
    print("allocating agent frames (innermost)", allocByPrefixFrame, allocTotal, top, " MB");
  }

  /** The innermost frame whose class starts with one of the comma-separated prefixes. */
  private static String firstWithPrefix(List<RecordedFrame> frames, String prefixes) {
    String[] ps = prefixes.split(",");
    for (RecordedFrame f : frames) {
      String n = name(f);
      for (String p : ps) {
        if (n.startsWith(p)) {
          return n;
        }
      }
    }
    return null;
  }

  private static String name(RecordedFrame f) {
    if (f.getMethod() == null) {
      return "?";
    }
    return f.getMethod().getType().getName() + "." + f.getMethod().getName();
  }

  private static void add(Map<String, Long> m, String k, long v) {
    m.merge(k, v, Long::sum);
  }

  private static double pct(long part, long whole) {
    return whole == 0 ? 0 : 100.0 * part / whole;
  }

  private static void print(String title, Map<String, Long> m, long total, int top, String unit) {
    System.out.println();
    System.out.println(title + ":");
    m.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .limit(top)
        .forEach(
            e ->
                System.out.printf(
                    Locale.ROOT,
                    "  %6.1f%%  %s  %s%n",
                    pct(e.getValue(), total),
                    unit.isEmpty()
                        ? String.format(Locale.ROOT, "%6d", e.getValue())
                        : String.format(Locale.ROOT, "%8.1f%s", e.getValue() / 1048576.0, unit),
                    e.getKey()));
  }
}
