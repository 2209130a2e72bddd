/**
 * What the runtime keeps about JDK objects: the one lock that stands for the bins of each {@code
 * ConcurrentHashMap} ({@link io.lockwatch.agent.runtime.jdk.BinLocks}), and the state of JDK
 * objects that are not thread-safe, watched like a field, with the views and iterators that reach
 * it ({@link io.lockwatch.agent.runtime.jdk.SharedStates}).
 */
package io.lockwatch.agent.runtime.jdk;
