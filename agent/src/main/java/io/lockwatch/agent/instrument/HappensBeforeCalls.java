package io.lockwatch.agent.instrument;

import java.util.Set;
import net.bytebuddy.jar.asm.Opcodes;

/**
 * Calls on thread-safe JDK objects whose documented memory-consistency effects order the caller's
 * memory: atomics and their field updaters, {@code VarHandle} and {@code Unsafe} access that is not
 * plain (like volatiles), concurrent and synchronized collections (an action before putting an
 * element happens before an action after getting it; a synchronized wrapper's methods run under its
 * lock). As data: the owner types, and which of their methods count. The instrumentation reports
 * each such call before and after; the runtime applies the edges only to objects whose class really
 * is thread-safe (see {@code HappensBefore}), so a call through {@code Map} on a {@code HashMap}
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
          "java/util/concurrent/atomic/LongAccumulator",
          "java/util/concurrent/atomic/AtomicIntegerFieldUpdater",
          "java/util/concurrent/atomic/AtomicLongFieldUpdater",
          "java/util/concurrent/atomic/AtomicReferenceFieldUpdater");

  /** Plain VarHandle access orders nothing; every other access mode does. */
  private static final Set<String> PLAIN_VARHANDLE_MODES =
      Set.of("get", "set", "getOpaque", "setOpaque");

  private static final Set<String> CONCURRENT_COLLECTIONS =
      Set.of(
          "java/util/Map",
          "java/util/SortedMap",
          "java/util/NavigableMap",
          "java/util/Collection",
          "java/util/List",
          "java/util/Set",
          "java/util/Queue",
          "java/util/Deque",
          "java/util/Hashtable",
          "java/util/Vector",
          "java/util/concurrent/BlockingQueue",
          "java/util/concurrent/BlockingDeque",
          "java/util/concurrent/ArrayBlockingQueue",
          "java/util/concurrent/LinkedBlockingQueue",
          "java/util/concurrent/LinkedBlockingDeque",
          "java/util/concurrent/PriorityBlockingQueue",
          "java/util/concurrent/LinkedTransferQueue",
          "java/util/concurrent/CopyOnWriteArrayList",
          "java/util/concurrent/CopyOnWriteArraySet",
          "java/util/concurrent/ConcurrentSkipListSet",
          "java/util/concurrent/ConcurrentMap",
          "java/util/concurrent/ConcurrentNavigableMap",
          "java/util/concurrent/ConcurrentHashMap",
          "java/util/concurrent/ConcurrentSkipListMap",
          "java/util/concurrent/ConcurrentLinkedQueue",
          "java/util/concurrent/ConcurrentLinkedDeque");

  private static final Set<String> COLLECTION_METHODS =
      Set.of(
          "get",
          "getOrDefault",
          "containsKey",
          "put",
          "putIfAbsent",
          "remove",
          "replace",
          "compute",
          "computeIfAbsent",
          "computeIfPresent",
          "merge",
          "offer",
          "add",
          "poll",
          "peek",
          "addFirst",
          "addLast",
          "offerFirst",
          "offerLast",
          "pollFirst",
          "pollLast",
          "push",
          "pop",
          "drainTo",
          "contains",
          "size",
          "isEmpty",
          "set",
          "putAll",
          "addAll",
          "clear",
          "removeIf",
          "forEach",
          "toArray",
          "remainingCapacity");

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
    if (owner.equals("java/lang/invoke/VarHandle")) {
      return !PLAIN_VARHANDLE_MODES.contains(name)
          && !name.startsWith("to")
          && !name.startsWith("access");
    }
    if (owner.equals("sun/misc/Unsafe")) {
      return name.startsWith("compareAndSwap")
          || name.endsWith("Volatile")
          || name.startsWith("putOrdered")
          || name.startsWith("getAndAdd")
          || name.startsWith("getAndSet");
    }
    return CONCURRENT_COLLECTIONS.contains(owner) && COLLECTION_METHODS.contains(name);
  }
}
