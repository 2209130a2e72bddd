/**
 * Race detection on field accesses: FastTrack's shadow state per field ({@link
 * io.lockwatch.agent.runtime.race.RaceDetector}), WCP's rule (a) for the predictive mode ({@link
 * io.lockwatch.agent.runtime.race.ConflictingSections}), each thread's caches ({@link
 * io.lockwatch.agent.runtime.race.ThreadAccesses}), the field ids baked into bytecode and the first
 * race seen on each field. Reads happens-before's clocks and lock order's held stacks.
 */
package io.lockwatch.agent.runtime.race;
