/**
 * The deadlock watchdog: a daemon that looks, while the program runs, for deadlocks that really
 * happened, through the JVM's own detector and the agent's view of threads waiting for semaphore
 * permits. Reads the runtime's per-thread state; what it finds stays an agent-side {@link
 * io.lockwatch.agent.watchdog.Deadlock} until the report is built.
 */
package io.lockwatch.agent.watchdog;
