/**
 * AssertJ assertions on Lockwatch reports: {@code assertThat(report).hasSingleCycle()
 * .ofKind("deadlock").edgeOf("teller-1").heldAt(line)}. Entry point: {@link
 * io.lockwatch.testkit.assertions.LockwatchAssertions}.
 */
package io.lockwatch.testkit.assertions;
