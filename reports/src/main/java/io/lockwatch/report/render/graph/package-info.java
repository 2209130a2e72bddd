/**
 * Graph drawing for the HTML report: a layered layout computed with the Eclipse Layout Kernel (ELK)
 * at render time, and the SVG that draws it. The page only draws; it never lays out.
 */
package io.lockwatch.report.render.graph;
