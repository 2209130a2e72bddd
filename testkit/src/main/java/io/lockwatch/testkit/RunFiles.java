package io.lockwatch.testkit;

import java.nio.file.Path;

/**
 * Where one run's files are.
 *
 * @param directory the run's directory
 * @param out its standard output
 * @param err its standard error
 * @param report the report the agent was told to write, or null
 */
record RunFiles(Path directory, Path out, Path err, Path report) {}
