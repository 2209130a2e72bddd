/**
 * JMH microbenchmarks of the agent's hot path, run from {@code benchmarks/target/benchmarks.jar}.
 */
package io.lockwatch.bench.jmh;
