/**
 * The deadlock analysis, run when a report is built: the search for cycles in a snapshot of the
 * runtime's lock-order facts (JGraphT), and the filters that keep impossible deadlocks out of the
 * report. Reads the facts, never writes them; knows nothing of the report model.
 */
package io.lockwatch.agent.analysis;
