/**
 * The Lockwatch report as plain data: immutable records that mirror the JSON document one to one.
 * Nothing here knows about the agent; the agent builds these, the reports tool reads them.
 */
package io.lockwatch.report.model;
