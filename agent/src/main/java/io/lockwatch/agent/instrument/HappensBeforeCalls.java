package io.lockwatch.agent.instrument;

import java.util.Set;
import net.bytebuddy.jar.asm.Opcodes;

/**
 * Calls on thread-safe {@code java.util.concurrent} objects whose documented memory-consistency
 * effects order the caller's memory: atomics (like volatiles), concurrent maps and queues (an
 * action before putting an element happens before an action after getting it). As data: the
 * owner types, and which of their methods count. The instrumentation reports each such call twice,
 * before (release) and after (acquire); the runtime applies the edge only to objects whose class
 * really is in {@code java.util.concurrent}, so a call through {@code Map} on a {@code HashMap}
 * costs a check and nothing else.
 */
final class HappensBeforeCalls {
  private static final Set<String> ATOMICS =
      Set.of(
          "java/util/concurrent/atomic/AtomicInteger",
          "java/util/concurrent/atomic/AtomicLong",
          "java/util/concurrent/atomic/AtomicBoolean",
          "java/util/concurrent/atomic/AtomicReference",
          "java/util/concurrent/atomic/AtomicIntegerArray",
          "java/util/concurrent/atomic/AtomicLongArray",
          "java/util/concurrent/atomic/AtomicReferenceArray",
          "java/util/concurrent/atomic/AtomicStampedReference",
          "java/util/concurrent/atomic/AtomicMarkableReference",
          "java/util/concurrent/atomic/LongAdder",
          "java/util/concurrent/atomic/DoubleAdder",
          "java/util/concurrent/atomic/LongAccumulator");

  private static final Set<String> CONCURRENT_COLLECTIONS =
      Set.of(
          "java/util/Map",
          "java/util/Queue",
          "java/util/Deque",
          "java/util/concurrent/ConcurrentMap",
          "java/util/concurrent/ConcurrentNavigableMap",
          "java/util/concurrent/ConcurrentHashMap",
          "java/util/concurrent/ConcurrentSkipListMap",
          "java/util/concurrent/ConcurrentLinkedQueue",
          "java/util/concurrent/ConcurrentLinkedDeque");

  private static final Set<String> COLLECTION_METHODS =
      Set.of(
          "get", "getOrDefault", "containsKey", "put", "putIfAbsent", "remove", "replace",
          "compute", "computeIfAbsent", "computeIfPresent", "merge",
          "offer", "add", "poll", "peek", "addFirst", "addLast", "offerFirst", "offerLast",
          "pollFirst", "pollLast", "push", "pop");

  private HappensBeforeCalls() {}

  /** True when the call orders memory and is worth the two reports. */
  static boolean orders(int opcode, String owner, String name) {
    if (opcode != Opcodes.INVOKEVIRTUAL && opcode != Opcodes.INVOKEINTERFACE) {
      return false;
    }
    if (ATOMICS.contains(owner)) {
      // plain accessors are explicitly not ordered; toString and friends do not matter
      return !name.endsWith("Plain") && !name.equals("toString") && !name.equals("<init>");
    }
    return CONCURRENT_COLLECTIONS.contains(owner) && COLLECTION_METHODS.contains(name);
  }
}
