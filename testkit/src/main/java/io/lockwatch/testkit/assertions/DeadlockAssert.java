package io.lockwatch.testkit.assertions;

import static org.assertj.core.api.Assertions.assertThat;

import io.lockwatch.report.model.ObservedDeadlock;
import io.lockwatch.report.model.ObservedDeadlock.DeadlockedThread;
import org.assertj.core.api.AbstractAssert;

/** Assertions on a deadlock that really happened while the program ran. */
public final class DeadlockAssert extends AbstractAssert<DeadlockAssert, ObservedDeadlock> {

  DeadlockAssert(ObservedDeadlock actual) {
    super(actual, DeadlockAssert.class);
  }

  /**
   * A fingerprint, severity high, and threads that each hold something, wait for something and have
   * a stack.
   */
  public DeadlockAssert isWellFormed() {
    assertThat(actual.fingerprint()).as("fingerprint").isNotBlank();
    assertThat(actual.severity()).as("severity").isEqualTo("high");
    for (DeadlockedThread thread : actual.threads()) {
      assertThat(thread.holds()).as("holds of %s", thread.name()).isNotEmpty();
      assertThat(thread.holds())
          .as("holds of %s", thread.name())
          .allSatisfy(lock -> assertThat(lock).isNotBlank());
      assertThat(thread.waitsFor()).as("waitsFor of %s", thread.name()).isNotBlank();
      assertThat(thread.stack()).as("stack of %s", thread.name()).isNotEmpty();
    }
    return this;
  }

  /** Who saw it: {@code jvm} (the JVM's own detector) or {@code agent} (Lockwatch's graph). */
  public DeadlockAssert detectedBy(String detector) {
    assertThat(actual.detectedBy()).as("detectedBy").isEqualTo(detector);
    return this;
  }

  /** The deadlocked threads are exactly these. */
  public DeadlockAssert ofThreads(String... names) {
    assertThat(actual.threads())
        .as("threads")
        .extracting(DeadlockedThread::name)
        .containsExactlyInAnyOrder(names);
    return this;
  }

  /** The deadlocked thread of this name. */
  public DeadlockedThreadAssert thread(String name) {
    DeadlockedThread thread =
        actual.threads().stream()
            .filter(candidate -> name.equals(candidate.name()))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no thread " + name + " in " + actual.threads()));
    return new DeadlockedThreadAssert(thread);
  }
}
