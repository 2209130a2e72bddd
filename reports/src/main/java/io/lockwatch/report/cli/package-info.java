/**
 * The reports tool's command line ({@code java -jar lockwatch-reports.jar}), on picocli: {@code
 * check}, {@code baseline}, {@code merge}, {@code render}, {@code summary}. Exit codes: 0 nothing
 * to fail on, 1 findings remain, 2 unusable input (one line on standard error, never a stack
 * trace).
 */
package io.lockwatch.report.cli;
