/**
 * Hazards that live inside the JDK, each with its correct twin: lock-order cycles through a lock
 * the JDK takes on the application's behalf (a synchronized wrapper, a {@code Vector}, a {@code
 * StringBuffer}, a print stream, a logging handler, a {@code ConcurrentHashMap} bin, a blocking
 * queue's lock), one monitor seen from both sides of a synchronized wrapper, non-thread-safe JDK
 * objects shared without a lock, and data handed over through JDK machinery (fork/join, parallel
 * streams, {@code CompletableFuture} stages, {@code Exchanger}, {@code Timer}, executors).
 */
package io.lockwatch.samples.jdk;
