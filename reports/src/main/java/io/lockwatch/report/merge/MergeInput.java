package io.lockwatch.report.merge;

import io.lockwatch.report.model.Report;

/**
 * One report to merge.
 *
 * @param label names the input, usually its file name; qualifies its thread names, because threads
 *     of different JVMs are different threads even when their names are equal
 * @param report the report
 */
public record MergeInput(String label, Report report) {}
