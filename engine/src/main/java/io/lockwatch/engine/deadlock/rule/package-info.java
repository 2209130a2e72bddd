/**
 * The rules a lock-order cycle must pass to be a finding, one small class each (JaCoCo's filters
 * are the model). {@link io.lockwatch.engine.deadlock.rule.ExtensionRule Extension rules} prune a
 * chain as it grows, so impossible cycles are never built; {@link
 * io.lockwatch.engine.deadlock.rule.ClosingRule closing rules} judge a closed cycle: rule it out,
 * or say how bad it is.
 */
package io.lockwatch.engine.deadlock.rule;
