package io.lockwatch.engine.deadlock.rule;

import java.util.List;

/** A rule that judges a closed cycle: its steps in order, each waiting for the next one's lock. */
public interface ClosingRule {
  /** The name the cycles this rule removes are counted under in the report. */
  String name();

  /** How bad the cycle is as far as this rule sees, or null when it can never block at all. */
  Judgement judge(List<? extends Step> cycle, LockFacts locks);
}
