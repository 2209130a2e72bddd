package io.lockwatch.report.check;

import io.lockwatch.report.model.Incomplete;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What a check concluded.
 *
 * @param failing findings that fail the build: in a checked category and not in the baseline
 * @param accepted findings of a checked category that the baseline accepts
 * @param unchecked findings of categories not in {@code --fail-on}
 * @param gone baseline entries no finding matches any more (fixed, or not seen in this run)
 * @param withBaseline whether a baseline was given
 * @param incomplete the budgets that ran out in the analysis (a finding may be missing)
 * @param allowIncomplete whether an incomplete analysis may pass
 * @param strictBaseline whether a baseline entry that no finding matches fails the check (an
 *     expected finding that disappeared)
 */
public record CheckResult(
    List<Finding> failing,
    List<Finding> accepted,
    List<Finding> unchecked,
    List<Baseline.Entry> gone,
    boolean withBaseline,
    List<Incomplete> incomplete,
    boolean allowIncomplete,
    boolean strictBaseline) {

  /** True when nothing fails the build. */
  public boolean passed() {
    return failing.isEmpty()
        && (incomplete.isEmpty() || allowIncomplete)
        && (gone.isEmpty() || !strictBaseline);
  }

  /**
   * One line per budget that ran out, saying how to lift it, e.g. {@code analysis incomplete: the
   * cycle search stopped after 50000000 steps; cycles may be missing (raise it with the agent
   * option maxSearchSteps=N, or check with --allow-incomplete)}.
   */
  public List<String> incompleteLines() {
    List<String> lines = new ArrayList<>();
    for (Incomplete i : incomplete) {
      lines.add(
          "analysis incomplete: "
              + i.detail()
              + " ("
              + howToLift(i.budget())
              + (allowIncomplete
                  ? "; allowed by --allow-incomplete)"
                  : ", or check with --allow-incomplete)"));
    }
    return lines;
  }

  /** Budgets that are agent options; the others are bounds of a mode, lifted by another mode. */
  private static final Set<String> AGENT_OPTIONS =
      Set.of("maxEdges", "maxCycles", "maxSearchSteps", "maxCycleLength", "stackDepth");

  private static String howToLift(String budget) {
    if (AGENT_OPTIONS.contains(budget)) {
      return "raise it with the agent option " + budget + "=N";
    }
    return switch (budget) {
      case "predictHistory" ->
          "a fixed bound of races=predict; races=on reports every observed race";
      case "racesSampled" -> "a bound of races=sample; races=on checks every access";
      default -> "a fixed bound of the agent (" + budget + ")";
    };
  }

  /**
   * One line for the end of a build log, e.g. {@code 2 lock-order cycles found, 0 allowed: see
   * target/lockwatch.json}.
   *
   * @param where the report file(s) to look at
   */
  public String verdict(String where) {
    List<String> parts = new ArrayList<>();
    for (FindingCategory category : FindingCategory.values()) {
      long failed = count(failing, category);
      if (failed == 0) {
        continue;
      }
      long inBaseline = count(accepted, category);
      parts.add(
          withBaseline
              ? failed
                  + " new "
                  + category.noun(failed)
                  + " found ("
                  + inBaseline
                  + " in the baseline), 0 allowed"
              : category.count(failed) + " found, 0 allowed");
    }
    if (strictBaseline && !gone.isEmpty()) {
      parts.add(
          gone.size()
              + " baseline "
              + (gone.size() == 1 ? "entry" : "entries")
              + " found no more, 0 allowed");
    }
    if (!incomplete.isEmpty() && !allowIncomplete) {
      parts.add(
          "the analysis is incomplete ("
              + incomplete.size()
              + " budget"
              + (incomplete.size() == 1 ? "" : "s")
              + " ran out)");
    }
    if (!parts.isEmpty()) {
      return String.join("; ", parts) + ": see " + where;
    }
    List<String> notes = new ArrayList<>();
    if (!accepted.isEmpty()) {
      notes.add(accepted.size() + " in the baseline");
    }
    if (!unchecked.isEmpty()) {
      notes.add(unchecked.size() + " of categories not checked");
    }
    return (withBaseline ? "no new findings" : "no findings")
        + (notes.isEmpty() ? "" : " (" + String.join(", ", notes) + ")")
        + ": "
        + where;
  }

  private static long count(List<Finding> findings, FindingCategory category) {
    return findings.stream().filter(f -> f.category() == category).count();
  }
}
