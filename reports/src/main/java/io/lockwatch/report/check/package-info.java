/**
 * What fails a build: the findings of a report as one flat list ({@link
 * io.lockwatch.report.check.Findings}), their categories for {@code --fail-on}, the baseline of
 * accepted fingerprints, and the verdict.
 */
package io.lockwatch.report.check;
