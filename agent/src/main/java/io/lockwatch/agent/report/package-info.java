/** Turning the runtime model and the analysis into the report model, and writing it. */
package io.lockwatch.agent.report;
