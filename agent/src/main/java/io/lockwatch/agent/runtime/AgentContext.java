package io.lockwatch.agent.runtime;

import io.lockwatch.agent.runtime.confirm.Steering;
import io.lockwatch.agent.runtime.hazard.WaitHazards;
import io.lockwatch.agent.runtime.hb.LockClocks;
import io.lockwatch.agent.runtime.hb.ThreadClocks;
import io.lockwatch.agent.runtime.lockorder.LockClassOrder;
import io.lockwatch.agent.runtime.lockorder.LockClasses;
import io.lockwatch.agent.runtime.lockorder.LockNode;
import io.lockwatch.agent.runtime.lockorder.LockOrderFacts;
import io.lockwatch.agent.runtime.lockorder.LockOrderRecorder;
import io.lockwatch.agent.runtime.lockorder.LockTable;
import io.lockwatch.agent.runtime.lockorder.NewChains;
import io.lockwatch.agent.runtime.lockorder.SelfDeadlocks;
import io.lockwatch.agent.runtime.race.FieldRegistry;
import io.lockwatch.agent.runtime.race.RaceRecords;
import io.lockwatch.agent.runtime.support.AgentErrors;
import io.lockwatch.agent.runtime.support.RuntimeCounters;
import io.lockwatch.agent.runtime.support.SiteRegistry;
import io.lockwatch.agent.runtime.support.StackCapture;
import io.lockwatch.agent.runtime.tests.RunningTests;
import java.util.function.Supplier;

/**
 * The agent's shared stores, made once at start-up and handed whole to whoever needs several of
 * them: instrumentation fills the registries, the event sink the tables and records, the watchdog
 * and report building read them. Lives here, below those users, so none of them depends on the
 * agent's entry package.
 */
public final class AgentContext {

  /**
   * What shapes the stores.
   *
   * @param maxEdges the most lock-order edges kept
   * @param stackDepth the most frames a captured stack keeps
   * @param races whether race detection (and so happens-before) is on
   * @param predictRaces whether the predictive mode (WCP) is on too
   * @param arrays whether array elements are watched too (with races on)
   * @param jdk whether chosen JDK classes are watched (their locks, hand-offs, and the state of JDK
   *     objects that are not thread-safe)
   * @param sampleRaces whether hot access sites are checked in bursts only ({@code races=sample})
   */
  public record Settings(
      int maxEdges,
      int stackDepth,
      boolean races,
      boolean predictRaces,
      boolean arrays,
      boolean jdk,
      boolean sampleRaces) {
    /** Settings that check every access. */
    public Settings(
        int maxEdges,
        int stackDepth,
        boolean races,
        boolean predictRaces,
        boolean arrays,
        boolean jdk) {
      this(maxEdges, stackDepth, races, predictRaces, arrays, jdk, false);
    }

    /** Settings with array elements watched whenever races are, and the JDK not watched. */
    public Settings(int maxEdges, int stackDepth, boolean races, boolean predictRaces) {
      this(maxEdges, stackDepth, races, predictRaces, races, false, false);
    }
  }

  private final Settings settings;
  private final AgentErrors errors = new AgentErrors();
  private final RuntimeCounters counters = new RuntimeCounters();
  private final SiteRegistry sites = new SiteRegistry();
  private final FieldRegistry fields = new FieldRegistry();
  private final StackCapture stacks;
  private final LockOrderFacts lockOrder;
  private final LockClasses lockClasses = new LockClasses();
  private final LockClassOrder lockClassOrder = new LockClassOrder();
  private final SelfDeadlocks selfDeadlocks = new SelfDeadlocks();
  private final LockClocks lockClocks;
  private final LockOrderRecorder lockOrderRecorder;
  private final LockTable locks;
  private final WaitHazards hazards;

  /** Race clocks date each thread's accesses by test, so a race names both accesses' tests. */
  private static final RunningTests.TestChanges TESTS_DATE_RACE_CLOCKS =
      new RunningTests.TestChanges() {
        @Override
        public void activated(Supplier<String> currentTest) {
          ThreadClocks.watchTests(currentTest);
        }

        @Override
        public void changed(String test) {
          ThreadClocks.testChanged(test);
        }
      };

  private final RunningTests tests = new RunningTests();
  private final RaceRecords races = new RaceRecords(tests);

  /** Confirm mode's steering; null when it is off. Set once at start-up, before any hook. */
  private volatile Steering steering;

  /** Makes empty stores. */
  public AgentContext(Settings settings) {
    this.settings = settings;
    this.stacks = new StackCapture(settings.stackDepth());
    this.lockOrder = new LockOrderFacts(settings.maxEdges());
    this.lockClocks = settings.races() ? new LockClocks() : null;
    if (settings.races()) {
      tests.tellChangesTo(TESTS_DATE_RACE_CLOCKS);
    }
    this.locks = new LockTable(sites, lockClasses, this::lockCollected);
    this.hazards = new WaitHazards(stacks, tests);
    this.lockOrderRecorder =
        new LockOrderRecorder(
            locks,
            selfDeadlocks,
            stacks,
            new NewChains(sites, lockOrder, lockClassOrder, counters, stacks, tests));
  }

  /** Records lock order: the hot path of every acquisition, and the watchdog's last word. */
  public LockOrderRecorder lockOrderRecorder() {
    return lockOrderRecorder;
  }

  /** Turns confirm mode on: set once at start-up, before the hooks are installed. */
  public void steerWith(Steering confirm) {
    this.steering = confirm;
  }

  /** Confirm mode's steering, or null when it is off. */
  public Steering steering() {
    return steering;
  }

  /** The tests each thread runs, and what the acting ids of lock-order facts stand for. */
  public RunningTests tests() {
    return tests;
  }

  /** A lock object was garbage collected: every concern drops what it keeps for it. */
  private void lockCollected(LockNode node) {
    lockOrder.lockCollected(node);
    if (lockClocks != null) {
      lockClocks.forget(node);
    }
  }

  /** What shaped the stores. */
  public Settings settings() {
    return settings;
  }

  /** Failures the agent absorbed. */
  public AgentErrors errors() {
    return errors;
  }

  /** Counters of rare events. */
  public RuntimeCounters counters() {
    return counters;
  }

  /** The code sites baked into instrumented bytecode. */
  public SiteRegistry sites() {
    return sites;
  }

  /** The fields baked into instrumented bytecode. */
  public FieldRegistry fields() {
    return fields;
  }

  /** Stack capture, with the configured depth. */
  public StackCapture stacks() {
    return stacks;
  }

  /** The lock-order facts. */
  public LockOrderFacts lockOrder() {
    return lockOrder;
  }

  /** The lock classes: what held each lock in the code. */
  public LockClasses lockClasses() {
    return lockClasses;
  }

  /** The lock-order facts between lock classes (never pruned). */
  public LockClassOrder lockClassOrder() {
    return lockClassOrder;
  }

  /** Upgrades and re-acquisitions of locks that are not reentrant. */
  public SelfDeadlocks selfDeadlocks() {
    return selfDeadlocks;
  }

  /** The happens-before clocks of locks; null when race detection is off. */
  LockClocks lockClocks() {
    return lockClocks;
  }

  /** The nodes of lock objects. */
  public LockTable locks() {
    return locks;
  }

  /** Waits made while holding another lock. */
  public WaitHazards hazards() {
    return hazards;
  }

  /** The first race of each field (empty when race detection is off). */
  public RaceRecords races() {
    return races;
  }
}
