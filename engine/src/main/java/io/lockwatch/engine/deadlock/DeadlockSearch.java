package io.lockwatch.engine.deadlock;

import io.lockwatch.engine.deadlock.rule.ClosingRule;
import io.lockwatch.engine.deadlock.rule.ExtensionRule;
import io.lockwatch.engine.deadlock.rule.Judgement;
import io.lockwatch.engine.deadlock.rule.LockFacts;
import io.lockwatch.engine.deadlock.rule.Rules;
import io.lockwatch.engine.deadlock.rule.ThreadAssignment;
import io.lockwatch.report.fingerprint.CycleFingerprint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Potential deadlocks from lock-order facts: the one engine the agent and the reports tool share.
 *
 * <p>Site-level cycles come from the lock-class graph ({@link ClassWalks}), shortest first, and
 * only those not found yet (a longer walk over the same sites is the same finding). Each is then:
 *
 * <ol>
 *   <li>ruled out at once when one of its acquisitions could never block (exact at class level);
 *   <li>confirmed by an instance cycle that follows it and passes every rule ({@link
 *       WitnessSearch}): a deadlock of this run's objects, counted by how many such cycles;
 *   <li>else, when its lock classes are all different and each is narrower than a JDK type, judged
 *       at class level: a deadlock predicted between other objects of those classes, one severity
 *       lower ({@link SharedTypeClasses}: a class that is a JDK collection's or stream's type holds
 *       every such object of every library, so it predicts nothing);
 *   <li>else (a class nested in itself, with no instance cycle: accounts locked in a global order,
 *       say) nothing.
 * </ol>
 *
 * Every rule that rules a cycle out is counted; every budget that runs out is a {@link Shortfall}.
 */
public final class DeadlockSearch {
  private final DeadlockFacts facts;
  private final SearchLimits limits;
  private final Rules rules;
  private final StepBudget budget;
  private final LockFacts classLocks;
  private final WitnessSearch witnesses;
  private final InstanceIndex instances;
  private final Map<String, DeadlockFinding> found = new LinkedHashMap<>();
  private final Map<String, Long> filtered = new LinkedHashMap<>();
  private final List<Shortfall> shortfalls = new ArrayList<>();
  private long examined;

  private DeadlockSearch(DeadlockFacts facts, SearchLimits limits, Rules rules) {
    this.facts = facts;
    this.limits = limits;
    this.rules = rules;
    this.budget = new StepBudget(limits.maxSteps());
    this.classLocks = new ClassLocks(facts.lockClasses());
    this.instances = new InstanceIndex(facts.instanceDependencies());
    this.witnesses =
        new WitnessSearch(
            instances,
            new InstanceLocks(facts.instances(), facts.lockClasses()),
            rules,
            budget,
            limits.maxOccurrences());
    for (ExtensionRule rule : rules.extension()) {
      filtered.put(rule.name(), 0L);
    }
    for (ClosingRule rule : rules.closing()) {
      filtered.put(rule.name(), 0L);
    }
    filtered.put(NO_INSTANCE_CYCLE, 0L);
    filtered.put(SharedTypeClasses.NAME, 0L);
  }

  /** The name under which class-level cycles with no instance cycle behind them are counted. */
  public static final String NO_INSTANCE_CYCLE = "noInstanceCycle";

  /** Runs the search with every rule. */
  public static SearchResult run(DeadlockFacts facts, SearchLimits limits) {
    return run(facts, limits, Rules.standard());
  }

  /** Runs the search with the given rules. */
  public static SearchResult run(DeadlockFacts facts, SearchLimits limits, Rules rules) {
    return new DeadlockSearch(facts, limits, rules).search();
  }

  private SearchResult search() {
    ClassWalks walks = new ClassWalks(facts.classDependencies(), budget);
    // at least 2, so that a cycle ruled out for want of threads is still counted
    int longest = Math.max(2, Math.min(limits.maxCycleLength(), walks.threads()));
    ClassWalks.Visitor visitor =
        new ClassWalks.Visitor() {
          @Override
          public boolean walk(List<ClassDependency> walk) {
            return examine(walk);
          }

          @Override
          public void sameThread(List<ClassDependency> walk) {
            if (!found.containsKey(fingerprint(walk))) {
              examined++;
              filtered.merge("sameThread", 1L, Long::sum);
            }
          }
        };
    for (int length = 2; length <= longest; length++) {
      if (!walks.visit(length, visitor)) {
        break;
      }
    }
    if (budget.exhausted()) {
      shortfalls.add(
          new Shortfall(
              "maxSearchSteps",
              "the cycle search stopped after "
                  + budget.limit()
                  + " steps; cycles may be missing"));
    }
    if (facts.instanceFactsDropped() > 0) {
      shortfalls.add(
          new Shortfall(
              "maxEdges",
              facts.instanceFactsDropped()
                  + " lock-order facts between lock objects were dropped: a lock class nested in"
                  + " itself may hide a deadlock"));
    }
    List<DeadlockFinding> findings = new ArrayList<>(found.values());
    findings.sort(
        Comparator.comparing(DeadlockFinding::severity)
            .thenComparing(DeadlockFinding::predicted)
            .thenComparing(DeadlockFinding::fingerprint));
    return new SearchResult(findings, filtered, examined, List.copyOf(shortfalls));
  }

  /** Judges one site-level cycle; false to stop the search. */
  private boolean examine(List<ClassDependency> walk) {
    String fingerprint = fingerprint(walk);
    if (found.containsKey(fingerprint)) {
      return true; // a longer walk over the same sites: the same finding
    }
    examined++;
    String exactRejection = nonBlockingStep(walk);
    if (exactRejection != null) {
      filtered.merge(exactRejection, 1L, Long::sum);
      return true;
    }
    WitnessSearch.Outcome outcome = witnesses.search(walk);
    if (outcome.witness() != null) {
      Judgement j = outcome.judgement();
      add(
          new DeadlockFinding(
              fingerprint,
              j.kind(),
              j.kind().severity(),
              false,
              j.detail(),
              walk,
              outcome.witness(),
              outcome.threads(),
              outcome.occurrences(),
              outcome.capped()));
    } else if (distinctClasses(walk) && SharedTypeClasses.throughOne(walk, facts.lockClasses())) {
      filtered.merge(SharedTypeClasses.NAME, 1L, Long::sum);
    } else if (distinctClasses(walk)) {
      predict(fingerprint, walk);
    } else {
      filtered.merge(mostRejecting(outcome), 1L, Long::sum);
    }
    return !budget.exhausted() && withinFindings();
  }

  /** A walk over distinct lock classes with no instance cycle: judged at class level. */
  private void predict(String fingerprint, List<ClassDependency> walk) {
    for (int i = 1; i < walk.size(); i++) {
      for (ExtensionRule rule : rules.extension()) {
        if (!rule.admits(walk.subList(0, i), walk.get(i), classLocks)) {
          filtered.merge(rule.name(), 1L, Long::sum);
          return;
        }
      }
    }
    Judgement verdict = Judgement.DEADLOCK;
    for (ClosingRule rule : rules.closing()) {
      Judgement j = rule.judge(walk, classLocks);
      if (j == null) {
        filtered.merge(rule.name(), 1L, Long::sum);
        return;
      }
      verdict = verdict.weaker(j);
    }
    add(
        new DeadlockFinding(
            fingerprint,
            verdict.kind(),
            verdict.kind().severity().lower(),
            true,
            verdict.detail(),
            walk,
            null,
            ThreadAssignment.of(walk),
            1,
            false));
  }

  private void add(DeadlockFinding finding) {
    if (!withinFindings()) {
      return;
    }
    found.put(finding.fingerprint(), finding);
    if (!withinFindings()) {
      shortfalls.add(
          new Shortfall(
              "maxCycles",
              "the search stopped at " + limits.maxFindings() + " findings; more may exist"));
    }
  }

  private boolean withinFindings() {
    return found.size() < limits.maxFindings();
  }

  /** The rule that ruled out a step no thread could have blocked in, or null. */
  private String nonBlockingStep(List<ClassDependency> walk) {
    for (ClassDependency d : walk) {
      switch (d.waitKind()) {
        case TRY -> {
          return "tryLock";
        }
        case FIRST -> {
          return "firstAcquisition";
        }
        default -> {}
      }
    }
    return null;
  }

  private static String mostRejecting(WitnessSearch.Outcome outcome) {
    if (!outcome.structural()) {
      return NO_INSTANCE_CYCLE;
    }
    return outcome.rejections().entrySet().stream()
        .max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey)
        .orElse(NO_INSTANCE_CYCLE);
  }

  private static boolean distinctClasses(List<ClassDependency> walk) {
    Set<Integer> classes = new HashSet<>();
    for (ClassDependency d : walk) {
      if (!classes.add(d.fromClass())) {
        return false;
      }
    }
    return true;
  }

  /**
   * The fingerprint of a site-level cycle: the same recipe as every report reader uses, from the
   * sites of its steps (a set: rotations, repeats and threads do not matter).
   */
  private String fingerprint(List<ClassDependency> walk) {
    List<String> keys = new ArrayList<>(walk.size());
    for (ClassDependency d : walk) {
      keys.add(facts.siteKey().apply(d.fromSite()) + "->" + facts.siteKey().apply(d.toSite()));
    }
    return "cycle:" + CycleFingerprint.hash(CycleFingerprint.siteSet(keys));
  }
}
