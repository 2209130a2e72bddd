/**
 * The overhead benchmark harness: runs the workloads of {@code io.lockwatch.bench.workloads} in
 * child JVMs, plain and under the agent, and writes the results table.
 *
 * <p>{@link io.lockwatch.bench.Harness} orchestrates; the command line is {@code HarnessOptions},
 * the benchmark matrix {@code Matrix} (of {@code Variant}s and {@code Config}s), the agent probe
 * {@code AgentProbe}, one run {@code WorkloadRunner} (through {@code ChildJvms}, the children as
 * the test kit's {@code AgentJvm}s, {@code ChildRun} and {@code ProcSampler}), the output {@code
 * ResultTable} with {@code MemoryChecks}. {@link io.lockwatch.bench.JfrTop} summarises a JFR
 * recording of one run.
 */
package io.lockwatch.bench;
