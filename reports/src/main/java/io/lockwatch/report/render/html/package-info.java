/**
 * The HTML report: one self-contained page with the findings table, a drill-down by package and
 * class, a per-test view, the lock-order graph (laid out by {@code render.graph}) and one detail
 * per finding with its threads, folded stacks, source excerpts and how to fix it.
 */
package io.lockwatch.report.render.html;
