/**
 * Instrumentation of chosen {@code java.base} and {@code java.logging} classes: the monitors and
 * locks they take on the application's behalf (for the lock-order graph, and for happens-before
 * where the application can take the same monitor), and the variables through which they hand data
 * from thread to thread (a {@code CompletableFuture}'s result, a {@code ForkJoinTask}'s status, a
 * {@code FutureTask}'s state...), modelled per object. Which classes and what in them is data
 * ({@link io.lockwatch.agent.instrument.jdk.JdkRules}); the visitors only apply it. The JDK's own
 * plain field accesses are never watched. Classes already loaded at start-up are retransformed:
 * only method bodies change, never a class's shape.
 */
package io.lockwatch.agent.instrument.jdk;
