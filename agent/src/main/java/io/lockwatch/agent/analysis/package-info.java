/**
 * The analysis: the lock-order graph (JGraphT), the search for cycles in it, and the filters that
 * keep impossible deadlocks out of the report.
 */
package io.lockwatch.agent.analysis;
