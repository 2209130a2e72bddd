/**
 * Which test each thread runs, told by the JUnit Platform listener in the agent jar through the
 * bridge's {@code TestHooks}, inherited by the threads a test starts and handed to the pool tasks
 * it submits; the lock-order facts of a thread are recorded under one acting id per test, so that
 * findings name their tests and two tests on one thread count as two threads.
 */
package io.lockwatch.agent.runtime.tests;
