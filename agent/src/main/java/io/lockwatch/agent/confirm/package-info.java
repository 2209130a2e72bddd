/**
 * Confirm mode's input: the lock-order cycles of an earlier run's report, read with the report
 * model and handed to the runtime's steering as site keys.
 */
package io.lockwatch.agent.confirm;
