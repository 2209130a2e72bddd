package io.lockwatch.engine.deadlock.rule;

import java.util.List;

/**
 * Every step of a cycle is taken by a different thread: one thread cannot deadlock with itself (its
 * own locks are reentrant, or it takes them one after the other). This one rule also keeps
 * hand-over-hand locking quiet.
 */
public final class DistinctThreads implements ExtensionRule {
  @Override
  public String name() {
    return "sameThread";
  }

  @Override
  public boolean admits(List<? extends Step> chain, Step next, LockFacts locks) {
    return ThreadAssignment.exists(chain, next);
  }
}
