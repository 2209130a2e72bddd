package io.lockwatch.testkit.expect;

import io.lockwatch.testkit.source.SourceFile;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What one run of a validation target must show: the {@code @expect:} statements of the target's
 * source that belong to the run (those without {@code run=} for the plain run, those with {@code
 * run=<name>} for a run of that name), checked for consistency when it is made.
 *
 * <p>A run either says {@code none} or expects findings ({@code cycle}, {@code race}, {@code
 * hazard}, {@code deadlock}); a {@code none} run must also say what proves the agent watched (a
 * {@code summary} lower bound above 0), so that finding nothing cannot pass by seeing nothing.
 */
public final class ExpectedRun {
  private final String mainClass;
  private final String run;
  private final SourceFile source;
  private final List<Expectation> statements;

  private ExpectedRun(String mainClass, String run, SourceFile source, List<Expectation> all) {
    this.mainClass = mainClass;
    this.run = run;
    this.source = source;
    this.statements =
        all.stream().filter(e -> e.run().equals(run)).collect(Collectors.toUnmodifiableList());
    validate();
  }

  /** The plain run ({@code run} empty) or the named run of the target with this main class. */
  public static ExpectedRun of(String mainClass, String run) {
    SourceFile source = SourceFile.of(mainClass);
    return new ExpectedRun(mainClass, run, source, ExpectationParser.parse(source));
  }

  /** The named run of a source given directly (e.g. as text, in a test of the rules). */
  static ExpectedRun of(SourceFile source, String run) {
    return new ExpectedRun(source.topClassName(), run, source, ExpectationParser.parse(source));
  }

  /** The names of every run the target's source has statements for ({@code ""}: the plain run). */
  public static Set<String> runsOf(String mainClass) {
    return ExpectationParser.parse(SourceFile.of(mainClass)).stream()
        .map(Expectation::run)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** The binary name of the target's main class. */
  public String mainClass() {
    return mainClass;
  }

  /** The run's name, empty for the plain run. */
  public String run() {
    return run;
  }

  public SourceFile source() {
    return source;
  }

  /** Every statement of this run, in source order. */
  public List<Expectation> statements() {
    return statements;
  }

  /** The statements of this kind, in source order. */
  public List<Expectation> statements(Statement kind) {
    return statements.stream()
        .filter(e -> e.statement() == kind)
        .collect(Collectors.toUnmodifiableList());
  }

  /** The exit code the JVM must end with: {@code exit(code=...)}, else 0. */
  public int exitCode() {
    return statements(Statement.EXIT).stream()
        .map(e -> Integer.parseInt(e.arg("code")))
        .findFirst()
        .orElse(0);
  }

  /** The longest the run may take, from {@code exit(within=...)}; null when not said. */
  public Duration within() {
    return statements(Statement.EXIT).stream()
        .filter(e -> e.has("within"))
        .map(e -> parseDuration(e.arg("within")))
        .findFirst()
        .orElse(null);
  }

  /** True when the run expects no finding at all. */
  public boolean expectsNothing() {
    return !statements(Statement.NONE).isEmpty();
  }

  /** The line the program prints when it ends by itself: {@code <SimpleName>: done}. */
  public String doneLine() {
    String simple = mainClass.substring(mainClass.lastIndexOf('.') + 1);
    return simple.substring(simple.lastIndexOf('$') + 1) + ": done";
  }

  /** The full name of a field named relative to the target's package, as reports name it. */
  public String fieldName(String relative) {
    String pkg = source.packageName();
    return pkg.isEmpty() ? relative : pkg + "." + relative;
  }

  @Override
  public String toString() {
    return mainClass + (run.isEmpty() ? "" : " (run " + run + ")");
  }

  private void validate() {
    boolean nothing = expectsNothing();
    boolean findings = statements.stream().anyMatch(e -> e.statement().isFinding());
    require(nothing != findings, "either @expect:none or at least one finding statement");
    require(
        !nothing
            || statements(Statement.SUMMARY).stream()
                .anyMatch(e -> e.args().entrySet().stream().anyMatch(ExpectedRun::provesWatching)),
        "an @expect:summary(counter>=n) with n above 0 next to @expect:none: what the agent saw");
    requireOne(
        Statement.CYCLE, Statement.CYCLE_HELD, Statement.CYCLE_ACQUIRED, Statement.CYCLE_LOCK);
    requireOne(Statement.HAZARD, Statement.HAZARD_HELD, Statement.HAZARD_WAIT);
    requireOne(Statement.DEADLOCK, Statement.DEADLOCKED);
    require(statements(Statement.EXIT).size() <= 1, "at most one @expect:exit");
    require(statements(Statement.DEADLOCK).size() <= 1, "at most one @expect:deadlock");
    for (Expectation access : statements) {
      if (access.statement().isRaceAccess()) {
        List<Expectation> races = statements(Statement.RACE);
        require(
            access.has("field")
                ? races.stream().anyMatch(r -> r.arg("field").equals(access.arg("field")))
                : races.size() == 1,
            "an @expect:race for " + access);
      }
      if (access.statement() == Statement.SUMMARY) {
        access.args().keySet().stream()
            .filter(key -> !key.equals(Statement.RUN))
            .forEach(key -> require(key.matches("\\w+(>=|=)"), "counter>=n or counter=n"));
      }
    }
    within();
    exitCode();
  }

  /** A {@code counter>=n} bound with n above 0. */
  private static boolean provesWatching(Map.Entry<String, String> bound) {
    return bound.getKey().endsWith(">=") && Long.parseLong(bound.getValue()) > 0;
  }

  /** When any of the site statements is used, exactly one statement of {@code finding}. */
  private void requireOne(Statement finding, Statement... sites) {
    for (Statement site : sites) {
      if (!statements(site).isEmpty()) {
        require(
            statements(finding).size() == 1,
            "exactly one @expect:" + finding.word() + " for @expect:" + site.word());
      }
    }
  }

  private void require(boolean condition, String wanted) {
    if (!condition) {
      throw new IllegalArgumentException(
          String.format("%s in %s: expected %s", this, source.location(), wanted));
    }
  }

  /** {@code 5s} or {@code 500ms}. */
  private static Duration parseDuration(String text) {
    if (text.endsWith("ms")) {
      return Duration.ofMillis(Long.parseLong(text.substring(0, text.length() - 2)));
    }
    if (text.endsWith("s")) {
      return Duration.ofSeconds(Long.parseLong(text.substring(0, text.length() - 1)));
    }
    throw new IllegalArgumentException("a duration like 5s or 500ms instead of " + text);
  }
}
