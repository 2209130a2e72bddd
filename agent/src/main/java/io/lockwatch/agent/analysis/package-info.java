/**
 * The deadlock analysis, run when a report is built: the runtime's lock-order facts (between lock
 * classes, and between lock objects) turned into the shared engine's input ({@link
 * io.lockwatch.agent.analysis.RunFacts}) and searched ({@link
 * io.lockwatch.agent.analysis.DeadlockAnalysis}). Reads the facts, never writes them; knows nothing
 * of the report model.
 */
package io.lockwatch.agent.analysis;
