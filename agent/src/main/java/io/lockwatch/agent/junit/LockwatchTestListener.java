package io.lockwatch.agent.junit;

import io.lockwatch.bridge.TestHooks;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Tells the agent, through {@link TestHooks}, when a test starts and ends on the thread that runs
 * it. Registered through {@code META-INF/services}; never fails a test (the hooks swallow every
 * failure, and names are built from JUnit's own identifiers only).
 */
public final class LockwatchTestListener implements TestExecutionListener {
  private volatile TestPlan plan;

  /** Creates the listener (JUnit's service loader does). */
  public LockwatchTestListener() {}

  @Override
  public void testPlanExecutionStarted(TestPlan testPlan) {
    plan = testPlan;
  }

  @Override
  public void executionStarted(TestIdentifier test) {
    if (test.isTest()) {
      TestHooks.started(TestNames.of(test, plan));
    }
  }

  @Override
  public void executionFinished(TestIdentifier test, TestExecutionResult result) {
    if (test.isTest()) {
      TestHooks.finished(TestNames.of(test, plan));
    }
  }
}
