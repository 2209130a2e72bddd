package io.lockwatch.engine.deadlock.rule;

import java.util.List;

/** A rule a chain must keep as it grows: may {@code next} follow the steps already chosen? */
public interface ExtensionRule {
  /** The name the cycles this rule removes are counted under in the report. */
  String name();

  /** True when {@code next} may join {@code chain} (which is never empty). */
  boolean admits(List<? extends Step> chain, Step next, LockFacts locks);
}
