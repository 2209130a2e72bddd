package io.lockwatch.agent;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The agent options, parsed from {@code key=value,key2=value2}. Every key has a default; an unknown
 * key, an empty or malformed value is an {@link OptionException} whose message names the option and
 * what it accepts.
 */
public final class AgentOptions {

  /** Where the JSON report is written; {@code %p} becomes the process id. */
  public static final String REPORT = "report";

  /** Package prefixes to instrument, separated by {@code ;} (default: every non-JDK class). */
  public static final String INCLUDE = "include";

  /** Package prefixes never to instrument, separated by {@code ;}. */
  public static final String EXCLUDE = "exclude";

  /** How many frames a captured stack keeps. */
  public static final String STACK_DEPTH = "stackDepth";

  /** The most lock-order edges kept; further new edges are dropped and counted. */
  public static final String MAX_EDGES = "maxEdges";

  /** The longest lock-order cycle searched for. */
  public static final String MAX_CYCLE_LENGTH = "maxCycleLength";

  /** The most lock-order findings (distinct fingerprints) the cycle search reports. */
  public static final String MAX_CYCLES = "maxCycles";

  /** The most steps the cycle search takes at report time; a search cut short says so. */
  public static final String MAX_SEARCH_STEPS = "maxSearchSteps";

  /**
   * Race detection: {@code on} (observed races), {@code predict} (plus WCP prediction), {@code
   * sample} (observed races, hot access sites checked in bursts), {@code off}.
   */
  public static final String RACES = "races";

  /** Array elements watched for races ({@code on}) or not ({@code off}); only with races on. */
  public static final String ARRAYS = "arrays";

  /** A directory where every class the agent changed is written, for {@code javap -c}. */
  public static final String DUMP = "dump";

  /** {@code true} keeps the agent's own lines off stderr (errors are still printed). */
  public static final String QUIET = "quiet";

  /** How often the deadlock watchdog looks, in milliseconds; 0 turns it off. */
  public static final String WATCHDOG_MS = "watchdogMs";

  /** What to do on an observed deadlock: {@code report} and go on, or {@code exit} with 86. */
  public static final String ON_DEADLOCK = "onDeadlock";

  /**
   * How long the report at exit waits for the application's other shutdown hooks, in milliseconds;
   * a hook still running then is named in the report as incomplete; 0 does not wait.
   */
  public static final String HOOK_WAIT_MS = "hookWaitMs";

  /**
   * Whether chosen JDK classes are watched ({@code on}): the locks they take on the application's
   * behalf, their hand-offs, and the application's calls on JDK objects that are not thread-safe.
   */
  public static final String JDK = "jdk";

  /**
   * A report of an earlier run of the same program: its lock-order cycles are steered towards
   * (threads paused at their steps) to see whether they really deadlock.
   */
  public static final String CONFIRM = "confirm";

  /** With {@code confirm}: the longest one pause at a cycle's step lasts, in milliseconds. */
  public static final String CONFIRM_PAUSE_MS = "confirmPauseMs";

  /** With {@code confirm}: how many times one step may pause a thread. */
  public static final String CONFIRM_TRIES = "confirmTries";

  private record Spec(String defaultValue, String accepted, Function<String, Object> parse) {}

  private static final Map<String, Spec> SPECS = new LinkedHashMap<>();

  static {
    SPECS.put(REPORT, new Spec("lockwatch-report.json", "a file path", AgentOptions::path));
    SPECS.put(INCLUDE, new Spec("", "package prefixes separated by ';'", AgentOptions::prefixes));
    SPECS.put(EXCLUDE, new Spec("", "package prefixes separated by ';'", AgentOptions::prefixes));
    SPECS.put(STACK_DEPTH, intSpec("24", 1, 1024));
    SPECS.put(
        MAX_EDGES,
        new Spec(
            "auto",
            "auto, or an integer from 100 to 100000000",
            text -> text.equals("auto") ? edgesForHeap() : parseInt(text, 100, 100_000_000)));
    SPECS.put(MAX_CYCLE_LENGTH, intSpec("6", 2, 20));
    SPECS.put(MAX_CYCLES, intSpec("10000", 1, 10_000_000));
    SPECS.put(MAX_SEARCH_STEPS, intSpec("50000000", 1, 2_000_000_000));
    SPECS.put(RACES, choiceSpec("on", "on", "predict", "sample", "off"));
    SPECS.put(ARRAYS, choiceSpec("on", "on", "off"));
    SPECS.put(DUMP, new Spec("", "a directory path", AgentOptions::path));
    SPECS.put(QUIET, choiceSpec("false", "true", "false"));
    SPECS.put(WATCHDOG_MS, intSpec("1000", 0, 3_600_000));
    SPECS.put(ON_DEADLOCK, choiceSpec("report", "report", "exit"));
    SPECS.put(HOOK_WAIT_MS, intSpec("10000", 0, 3_600_000));
    SPECS.put(JDK, choiceSpec("on", "on", "off"));
    SPECS.put(CONFIRM, new Spec("", "the path of a report of an earlier run", AgentOptions::path));
    SPECS.put(CONFIRM_PAUSE_MS, intSpec("2000", 1, 600_000));
    SPECS.put(CONFIRM_TRIES, intSpec("3", 1, 1000));
  }

  private final Map<String, String> raw;
  private final Map<String, Object> values;

  private AgentOptions(Map<String, String> raw, Map<String, Object> values) {
    this.raw = raw;
    this.values = values;
  }

  /**
   * Parses the agent argument string; null or blank means all defaults. Options are separated by a
   * comma followed by {@code name=} (or by another comma, or the end: an empty option); any other
   * comma belongs to the value, so a path may hold one ({@code report=a,b.json}) unless what
   * follows it looks like an option ({@code a,b=c}).
   */
  public static AgentOptions parse(String argument) {
    Map<String, String> given = new LinkedHashMap<>();
    if (argument != null && !argument.isBlank()) {
      for (String pair : argument.split(",(?=[A-Za-z][A-Za-z0-9]*=|,|$)", -1)) {
        int eq = pair.indexOf('=');
        String key = (eq < 0 ? pair : pair.substring(0, eq)).trim();
        if (key.isEmpty()) {
          throw new OptionException(
              "empty option in '" + argument + "': options are key=value pairs separated by ','");
        }
        if (!SPECS.containsKey(key)) {
          throw new OptionException(
              "unknown option '"
                  + key
                  + "': accepted options are "
                  + String.join(", ", SPECS.keySet()));
        }
        if (eq < 0) {
          throw new OptionException(
              "option '" + key + "' needs a value (" + key + "=" + SPECS.get(key).accepted + ")");
        }
        if (given.containsKey(key)) {
          throw new OptionException("option '" + key + "' is given twice");
        }
        given.put(key, pair.substring(eq + 1).trim());
      }
    }
    Map<String, String> raw = new LinkedHashMap<>();
    Map<String, Object> values = new LinkedHashMap<>();
    for (Map.Entry<String, Spec> e : SPECS.entrySet()) {
      String key = e.getKey();
      Spec spec = e.getValue();
      boolean explicit = given.containsKey(key);
      String value = explicit ? given.get(key) : spec.defaultValue;
      if (explicit && value.isEmpty()) {
        throw new OptionException(
            "option '" + key + "' has an empty value; accepted: " + spec.accepted);
      }
      try {
        values.put(key, spec.parse.apply(value));
      } catch (IllegalArgumentException bad) {
        throw new OptionException(
            "option '" + key + "' has a bad value '" + value + "'; accepted: " + spec.accepted);
      }
      raw.put(key, value);
    }
    checkIncludeExcludeDisjoint(include(values), exclude(values));
    return new AgentOptions(Collections.unmodifiableMap(raw), values);
  }

  public String reportPath() {
    return (String) values.get(REPORT);
  }

  public List<String> include() {
    return include(values);
  }

  public List<String> exclude() {
    return exclude(values);
  }

  public int stackDepth() {
    return (Integer) values.get(STACK_DEPTH);
  }

  public int maxEdges() {
    return (Integer) values.get(MAX_EDGES);
  }

  public int maxCycleLength() {
    return (Integer) values.get(MAX_CYCLE_LENGTH);
  }

  /** The most steps the cycle search takes. */
  public int maxSearchSteps() {
    return (Integer) values.get(MAX_SEARCH_STEPS);
  }

  /** The most findings the cycle search reports. */
  public int maxCycles() {
    return (Integer) values.get(MAX_CYCLES);
  }

  /** True unless {@code races=off}: field accesses are instrumented, happens-before tracked. */
  public boolean racesEnabled() {
    return !"off".equals(values.get(RACES));
  }

  /** True for {@code races=predict}: the WCP prediction runs too. */
  public boolean racesPredict() {
    return "predict".equals(values.get(RACES));
  }

  /** True for {@code races=sample}: hot access sites are checked in bursts (see AccessSampling). */
  public boolean racesSampled() {
    return "sample".equals(values.get(RACES));
  }

  /** True when races are on and {@code arrays=on}: element loads and stores are watched too. */
  public boolean arraysWatched() {
    return racesEnabled() && "on".equals(values.get(ARRAYS));
  }

  /** The directory instrumented classes are dumped to, or null. */
  public java.nio.file.Path dumpDirectory() {
    String dir = (String) values.get(DUMP);
    return dir.isEmpty() ? null : java.nio.file.Path.of(dir);
  }

  /** True when the agent prints nothing on stderr but errors. */
  public boolean quiet() {
    return "true".equals(values.get(QUIET));
  }

  public int watchdogMs() {
    return (Integer) values.get(WATCHDOG_MS);
  }

  public int hookWaitMs() {
    return (Integer) values.get(HOOK_WAIT_MS);
  }

  /** True when an observed deadlock ends the JVM with exit code 86. */
  public boolean exitOnDeadlock() {
    return "exit".equals(values.get(ON_DEADLOCK));
  }

  /** True unless {@code jdk=off}: chosen JDK classes are watched. */
  public boolean jdkEnabled() {
    return "on".equals(values.get(JDK));
  }

  /** The report whose cycles a confirm run steers towards, or null when confirm mode is off. */
  public java.nio.file.Path confirmReport() {
    String report = (String) values.get(CONFIRM);
    return report.isEmpty() ? null : java.nio.file.Path.of(report);
  }

  /** The longest one pause of a confirm run lasts, in milliseconds. */
  public int confirmPauseMs() {
    return (Integer) values.get(CONFIRM_PAUSE_MS);
  }

  /** How many times one step of a cycle may pause a thread in a confirm run. */
  public int confirmTries() {
    return (Integer) values.get(CONFIRM_TRIES);
  }

  /** Every option with its value in force, defaults included, for the report. */
  public Map<String, String> asMap() {
    return raw;
  }

  @SuppressWarnings("unchecked")
  private static List<String> include(Map<String, Object> values) {
    return (List<String>) values.get(INCLUDE);
  }

  @SuppressWarnings("unchecked")
  private static List<String> exclude(Map<String, Object> values) {
    return (List<String>) values.get(EXCLUDE);
  }

  private static void checkIncludeExcludeDisjoint(List<String> include, List<String> exclude) {
    for (String in : include) {
      for (String out : exclude) {
        if (in.equals(out)) {
          throw new OptionException(
              "options 'include' and 'exclude' both name '"
                  + in
                  + "': a prefix can be in only one");
        }
      }
    }
  }

  private static Spec intSpec(String defaultValue, int min, int max) {
    return new Spec(
        defaultValue, "an integer from " + min + " to " + max, text -> parseInt(text, min, max));
  }

  private static int parseInt(String text, int min, int max) {
    int value = Integer.parseInt(text); // NumberFormatException is an IllegalArgumentException
    if (value < min || value > max) {
      throw new IllegalArgumentException();
    }
    return value;
  }

  /** About 320 bytes a lock-order edge (measured, see the README): a tenth of the heap, capped. */
  static final long BYTES_PER_EDGE = 320;

  /**
   * {@code maxEdges=auto}: the edges that fit in a tenth of the maximum heap, from 50,000 to
   * 1,000,000, so the agent's facts never crowd out a small application.
   */
  static int edgesForHeap() {
    long tenth = Runtime.getRuntime().maxMemory() / 10;
    return (int) Math.max(50_000, Math.min(1_000_000, tenth / BYTES_PER_EDGE));
  }

  private static Spec choiceSpec(String defaultValue, String... choices) {
    List<String> accepted = List.of(choices);
    return new Spec(
        defaultValue,
        "one of " + String.join(", ", accepted),
        text -> {
          if (!accepted.contains(text)) {
            throw new IllegalArgumentException();
          }
          return text;
        });
  }

  private static Object path(String text) {
    return text;
  }

  private static Object prefixes(String text) {
    List<String> result = new ArrayList<>();
    if (text.isEmpty()) {
      return result;
    }
    for (String part : text.split(";", -1)) {
      String prefix = part.trim();
      if (prefix.isEmpty() || !prefix.matches("[\\p{javaJavaIdentifierPart}.$]+")) {
        throw new IllegalArgumentException();
      }
      result.add(prefix);
    }
    return List.copyOf(result);
  }
}
