package io.lockwatch.agent.runtime.confirm;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One step of one or more predicted cycles, with what this run did there: how often a thread was
 * paused at it (bounded by its budget) and the start/join clocks of the threads that took it.
 */
public final class WatchedEdge {
  /** Visits kept per step: enough to see whether its threads can overlap another step's. */
  static final int MAX_VISITS = 64;

  private final ConfirmPlan.Step step;
  private final int tries;
  private final AtomicInteger pauses = new AtomicInteger();
  private final List<WatchedCycle> cycles = new ArrayList<>(2);
  private final List<ForkJoinClocks.Stamp> visits = new ArrayList<>();
  private boolean visitsDropped;

  WatchedEdge(ConfirmPlan.Step step, int tries) {
    this.step = step;
    this.tries = tries;
  }

  /** The sites (and type) it is made of. */
  public ConfirmPlan.Step step() {
    return step;
  }

  void addCycle(WatchedCycle cycle) {
    cycles.add(cycle);
  }

  /** The cycles this step belongs to; fixed once the plan is built. */
  List<WatchedCycle> cycles() {
    return cycles;
  }

  /** Takes one pause from the budget; false when it is used up. */
  boolean claimPause() {
    if (pauses.get() >= tries) {
      return false;
    }
    return pauses.incrementAndGet() <= tries;
  }

  /** How many pauses were taken at this step. */
  public int pausesTaken() {
    return Math.min(pauses.get(), tries);
  }

  synchronized void visited(ForkJoinClocks.Stamp stamp) {
    if (visits.size() < MAX_VISITS) {
      visits.add(stamp);
    } else {
      visitsDropped = true;
    }
  }

  /** The threads that took this step (the first {@link #MAX_VISITS}), with their clocks. */
  synchronized List<ForkJoinClocks.Stamp> visits() {
    return List.copyOf(visits);
  }

  /** True when visits past {@link #MAX_VISITS} were not kept. */
  synchronized boolean visitsDropped() {
    return visitsDropped;
  }
}
