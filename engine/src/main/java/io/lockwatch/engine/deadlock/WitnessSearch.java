package io.lockwatch.engine.deadlock;

import io.lockwatch.engine.deadlock.rule.ClosingRule;
import io.lockwatch.engine.deadlock.rule.ExtensionRule;
import io.lockwatch.engine.deadlock.rule.Judgement;
import io.lockwatch.engine.deadlock.rule.LockFacts;
import io.lockwatch.engine.deadlock.rule.Rules;
import io.lockwatch.engine.deadlock.rule.ThreadAssignment;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Looks for cycles of this run's lock objects that follow a walk of class dependencies step by
 * step: the witnesses that make a site-level cycle a real finding. The search is layered (step
 * {@code i} may only use instances of the walk's class dependency {@code i}), starts from the
 * walk's rarest step, and every step is one index lookup, so it costs what the walk's own instances
 * cost, not what the whole graph does.
 */
final class WitnessSearch {
  /**
   * What the search found for one walk.
   *
   * @param witness the first instance cycle that passed every rule (in walk order), or null
   * @param threads the thread of each of its steps
   * @param judgement its kind, from the closing rules
   * @param occurrences distinct instance cycles that passed
   * @param capped true when counting stopped at the budget
   * @param structural true when some instance cycle follows the walk at all, passing or not
   * @param rejections for each rule, how many instance cycles (or closing steps) it ruled out
   */
  record Outcome(
      List<InstanceDependency> witness,
      int[] threads,
      Judgement judgement,
      long occurrences,
      boolean capped,
      boolean structural,
      Map<String, Long> rejections) {}

  /** Walks whose instances are more than this get their components computed first. */
  private static final int COMPONENTS_THRESHOLD = 1_000;

  private final InstanceIndex index;
  private final LockFacts locks;
  private final Rules rules;
  private final StepBudget budget;
  private final int maxOccurrences;
  private final Map<Set<Integer>, InstanceComponents> componentsByShapes = new HashMap<>();

  WitnessSearch(
      InstanceIndex index, LockFacts locks, Rules rules, StepBudget budget, int maxOccurrences) {
    this.index = index;
    this.locks = locks;
    this.rules = rules;
    this.budget = budget;
    this.maxOccurrences = maxOccurrences;
  }

  /** Searches the witnesses of {@code walk}. */
  Outcome search(List<ClassDependency> walk) {
    int n = walk.size();
    int first = rarestStep(walk);
    List<ClassDependency> layers = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      layers.add(walk.get((first + i) % n));
    }
    InstanceComponents components = componentsOf(layers);
    Run run = new Run(layers, components);
    if (components == null || components.anyCycle()) {
      for (InstanceDependency start : index.of(layers.get(0).id())) {
        if (components != null && !components.inside(start)) {
          continue;
        }
        run.chain.add(start);
        boolean go = run.extend();
        run.chain.remove(0);
        if (!go) {
          break;
        }
      }
    }
    List<InstanceDependency> witness = run.witness == null ? null : inWalkOrder(run.witness, first);
    int[] threads = run.witness == null ? null : inWalkOrder(run.threads, first);
    return new Outcome(
        witness,
        threads,
        run.judgement,
        run.seen.size(),
        run.capped,
        run.structural,
        run.rejections);
  }

  private int rarestStep(List<ClassDependency> walk) {
    int best = 0;
    for (int i = 1; i < walk.size(); i++) {
      if (index.of(walk.get(i).id()).size() < index.of(walk.get(best).id()).size()) {
        best = i;
      }
    }
    return best;
  }

  private InstanceComponents componentsOf(List<ClassDependency> layers) {
    Set<Integer> shapes = new HashSet<>();
    int total = 0;
    for (ClassDependency d : layers) {
      if (shapes.add(d.id())) {
        total += index.of(d.id()).size();
      }
    }
    if (total <= COMPONENTS_THRESHOLD) {
      return null;
    }
    return componentsByShapes.computeIfAbsent(
        shapes,
        s -> {
          List<List<InstanceDependency>> lists = new ArrayList<>();
          for (int shape : s) {
            lists.add(index.of(shape));
          }
          return new InstanceComponents(lists);
        });
  }

  private static <T> List<T> inWalkOrder(List<T> layered, int first) {
    int n = layered.size();
    List<T> result = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      result.add(layered.get(((i - first) % n + n) % n));
    }
    return result;
  }

  private static int[] inWalkOrder(int[] layered, int first) {
    int n = layered.length;
    int[] result = new int[n];
    for (int i = 0; i < n; i++) {
      result[i] = layered[((i - first) % n + n) % n];
    }
    return result;
  }

  /** The state of one walk's search. */
  private final class Run {
    final List<ClassDependency> layers;
    final InstanceComponents components;
    final List<InstanceDependency> chain = new ArrayList<>();
    final Set<Long> seen = new HashSet<>();
    final Map<String, Long> rejections = new LinkedHashMap<>();
    List<InstanceDependency> witness;
    int[] threads;
    Judgement judgement;
    boolean capped;
    boolean structural;

    Run(List<ClassDependency> layers, InstanceComponents components) {
      this.layers = layers;
      this.components = components;
    }

    /** Extends the chain by its next layer; false to stop the whole walk's search. */
    boolean extend() {
      int step = chain.size();
      int n = layers.size();
      InstanceDependency start = chain.get(0);
      InstanceDependency last = chain.get(step - 1);
      int shape = layers.get(step).id();
      boolean closing = step == n - 1;
      List<InstanceDependency> next =
          closing ? index.between(shape, last.to(), start.from()) : index.from(shape, last.to());
      for (InstanceDependency candidate : next) {
        if (!budget.spend()) {
          return false;
        }
        if (!closing && (holdsAlready(candidate.to()) || !insideComponents(candidate))) {
          continue;
        }
        String rejected = extensionRejection(candidate);
        if (rejected != null) {
          if (closing) {
            structural = true;
            count(rejected);
          }
          continue;
        }
        chain.add(candidate);
        boolean go = closing ? close() : extend();
        chain.remove(chain.size() - 1);
        if (!go) {
          return false;
        }
      }
      return true;
    }

    private boolean insideComponents(InstanceDependency d) {
      return components == null || components.inside(d);
    }

    private boolean holdsAlready(int lock) {
      for (InstanceDependency d : chain) {
        if (d.from() == lock) {
          return true;
        }
      }
      return false;
    }

    private String extensionRejection(InstanceDependency candidate) {
      for (ExtensionRule rule : rules.extension()) {
        if (!rule.admits(chain, candidate, locks)) {
          return rule.name();
        }
      }
      return null;
    }

    /** The chain is a closed instance cycle: judge it; false when counting is done. */
    private boolean close() {
      structural = true;
      Judgement verdict = Judgement.DEADLOCK;
      for (ClosingRule rule : rules.closing()) {
        Judgement j = rule.judge(chain, locks);
        if (j == null) {
          count(rule.name());
          return true;
        }
        verdict = verdict.weaker(j);
      }
      if (!seen.add(cycleKey())) {
        return true;
      }
      if (witness == null) {
        witness = List.copyOf(chain);
        threads = ThreadAssignment.of(chain);
        judgement = verdict;
      } else if (verdict.kind().ordinal() < judgement.kind().ordinal()) {
        judgement = verdict; // the worst instance decides how bad the finding is
        witness = List.copyOf(chain);
        threads = ThreadAssignment.of(chain);
      }
      if (seen.size() >= maxOccurrences) {
        capped = true;
        return false;
      }
      return true;
    }

    private void count(String rule) {
      rejections.merge(rule, 1L, Long::sum);
    }

    /** The cycle's locks, rotated to start at the smallest: the same cycle, the same key. */
    private long cycleKey() {
      int n = chain.size();
      int min = 0;
      for (int i = 1; i < n; i++) {
        if (chain.get(i).from() < chain.get(min).from()) {
          min = i;
        }
      }
      long h = 0x9E3779B97F4A7C15L;
      for (int i = 0; i < n; i++) {
        h = (h ^ chain.get((min + i) % n).from()) * 0xBF58476D1CE4E5B9L;
        h ^= h >>> 31;
      }
      return h;
    }
  }
}
