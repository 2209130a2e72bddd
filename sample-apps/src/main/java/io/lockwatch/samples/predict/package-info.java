/**
 * Samples for {@code races=predict} (WCP): a race that this run hid behind an incidental lock order
 * (predicted, not observed) with its twin whose critical sections really conflict (silent), and
 * hand-offs through a lock-free queue, an executor and a volatile flag next to unrelated locks
 * (silent: those orders hold in every reordering).
 */
package io.lockwatch.samples.predict;
