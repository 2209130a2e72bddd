/**
 * Many reports into one: findings deduplicated by fingerprint, counts summed, lock-order edges
 * merged by their sites, and lock-order cycles searched again over the merged edges, so that a
 * cycle whose halves were seen in different JVMs (forked test runs) is still found.
 */
package io.lockwatch.report.merge;
