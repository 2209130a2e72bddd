/**
 * Reports for people and tools: the text summary ({@link
 * io.lockwatch.report.render.SummaryFormatter}), SARIF 2.1.0 for code scanning, a self-contained
 * HTML page with the lock-order graph drawn in SVG, and the graph in DOT.
 */
package io.lockwatch.report.render;
