/**
 * Report building: runs the analysis on a snapshot of the runtime's facts and turns facts, findings
 * and the watchdog's deadlocks into the report model, one section at a time ({@link
 * io.lockwatch.agent.report.ReportBuilder} orchestrates), then writes it atomically. The only place
 * in the agent, with the entry point, that builds report-model records.
 */
package io.lockwatch.agent.report;
