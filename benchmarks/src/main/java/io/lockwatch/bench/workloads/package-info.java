/**
 * The benchmark workloads: plain Java mains that print {@code RESULT}, {@code HEAP} and {@code RSS}
 * lines for the harness (see {@code benchmarks/README.md}, section Workloads).
 */
package io.lockwatch.bench.workloads;
