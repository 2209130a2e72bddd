package io.lockwatch.agent.instrument;

import io.lockwatch.agent.runtime.hb.Contracts;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.bytebuddy.jar.asm.Opcodes;
import net.bytebuddy.jar.asm.Type;

/**
 * Which calls of application code are calls on thread-safe JDK objects with a memory-consistency
 * contract (the rows are in {@link Contracts}): the family of the call site, from its owner type,
 * and so the contract code baked into the bytecode. A call through an interface ({@code Map},
 * {@code Queue}, {@code List}...) or on an application subclass of a JDK collection gets the family
 * {@link Contracts#DYNAMIC}, decided from the receiver's class at run time, so a call through
 * {@code Map} on a {@code HashMap} costs a check and nothing else; a call on an application
 * subclass of {@code AtomicLong} keeps the atomic's contract.
 *
 * <p>{@code compute}, {@code computeIfAbsent}, {@code computeIfPresent} and {@code merge} on a map
 * are also redirected to the bridge's {@code MapHooks}, which wraps the mapping function.
 */
final class ConcurrentContracts {
  private static final String ATOMICS = "java/util/concurrent/atomic/";

  /** JDK owner types whose family is known at the call site. */
  private static final Map<String, Integer> STATIC_FAMILIES =
      Map.ofEntries(
          Map.entry(ATOMICS + "AtomicInteger", Contracts.ATOMIC),
          Map.entry(ATOMICS + "AtomicLong", Contracts.ATOMIC),
          Map.entry(ATOMICS + "AtomicBoolean", Contracts.ATOMIC),
          Map.entry(ATOMICS + "AtomicReference", Contracts.ATOMIC),
          Map.entry(ATOMICS + "AtomicIntegerArray", Contracts.ATOMIC_ARRAY),
          Map.entry(ATOMICS + "AtomicLongArray", Contracts.ATOMIC_ARRAY),
          Map.entry(ATOMICS + "AtomicReferenceArray", Contracts.ATOMIC_ARRAY),
          Map.entry(ATOMICS + "LongAdder", Contracts.ADDER),
          Map.entry(ATOMICS + "DoubleAdder", Contracts.ADDER),
          Map.entry(ATOMICS + "LongAccumulator", Contracts.ADDER),
          Map.entry(ATOMICS + "DoubleAccumulator", Contracts.ADDER),
          Map.entry(ATOMICS + "Striped64", Contracts.ADDER),
          Map.entry(ATOMICS + "AtomicStampedReference", Contracts.STAMPED),
          Map.entry(ATOMICS + "AtomicMarkableReference", Contracts.STAMPED),
          Map.entry(ATOMICS + "AtomicIntegerFieldUpdater", Contracts.UPDATER),
          Map.entry(ATOMICS + "AtomicLongFieldUpdater", Contracts.UPDATER),
          Map.entry(ATOMICS + "AtomicReferenceFieldUpdater", Contracts.UPDATER),
          Map.entry("java/lang/invoke/VarHandle", Contracts.VARHANDLE),
          Map.entry("sun/misc/Unsafe", Contracts.UNSAFE),
          Map.entry("java/lang/Thread", Contracts.THREAD));

  /** Owner types whose receivers may be thread-safe collections: decided at run time. */
  private static final Set<String> DYNAMIC_OWNERS =
      withBlockingQueues(
          "java/lang/Iterable",
          "java/util/Map",
          "java/util/SortedMap",
          "java/util/NavigableMap",
          "java/util/Collection",
          "java/util/List",
          "java/util/Set",
          "java/util/SortedSet",
          "java/util/NavigableSet",
          "java/util/Queue",
          "java/util/Deque",
          "java/util/Dictionary",
          "java/util/Hashtable",
          "java/util/Properties",
          "java/util/Vector",
          "java/util/Stack",
          "java/util/AbstractMap",
          "java/util/AbstractCollection",
          "java/util/AbstractQueue",
          "java/util/AbstractList",
          "java/util/AbstractSet",
          "java/util/concurrent/ConcurrentMap",
          "java/util/concurrent/ConcurrentNavigableMap",
          "java/util/concurrent/ConcurrentHashMap",
          "java/util/concurrent/ConcurrentHashMap$KeySetView",
          "java/util/concurrent/ConcurrentSkipListMap",
          "java/util/concurrent/ConcurrentSkipListSet",
          "java/util/concurrent/BlockingQueue",
          "java/util/concurrent/ConcurrentLinkedQueue",
          "java/util/concurrent/ConcurrentLinkedDeque",
          "java/util/concurrent/CopyOnWriteArrayList",
          "java/util/concurrent/CopyOnWriteArraySet");

  /** JDK classes an application class may extend and keep the contracts of. */
  private static final List<String> EXTENDED_ATOMICS =
      List.of(
          ATOMICS + "AtomicInteger",
          ATOMICS + "AtomicLong",
          ATOMICS + "AtomicBoolean",
          ATOMICS + "AtomicReference");

  private static final List<String> EXTENDED_COLLECTIONS =
      List.of(
          "java/util/concurrent/ConcurrentHashMap",
          "java/util/concurrent/ConcurrentSkipListMap",
          "java/util/concurrent/ConcurrentLinkedQueue",
          "java/util/concurrent/ConcurrentLinkedDeque",
          "java/util/concurrent/LinkedBlockingQueue",
          "java/util/concurrent/LinkedBlockingDeque",
          "java/util/concurrent/ArrayBlockingQueue",
          "java/util/concurrent/CopyOnWriteArrayList",
          "java/util/Hashtable",
          "java/util/Vector");

  /** Map methods whose mapping function the bridge wraps, by name and descriptor. */
  private static final Map<String, Hook> MAPPINGS =
      Map.of(
          "compute(Ljava/lang/Object;Ljava/util/function/BiFunction;)Ljava/lang/Object;",
          HookNames.MAP_COMPUTE,
          "computeIfAbsent(Ljava/lang/Object;Ljava/util/function/Function;)Ljava/lang/Object;",
          HookNames.MAP_COMPUTE_IF_ABSENT,
          "computeIfPresent(Ljava/lang/Object;Ljava/util/function/BiFunction;)Ljava/lang/Object;",
          HookNames.MAP_COMPUTE_IF_PRESENT,
          "merge(Ljava/lang/Object;Ljava/lang/Object;Ljava/util/function/BiFunction;)"
              + "Ljava/lang/Object;",
          HookNames.MAP_MERGE);

  private ConcurrentContracts() {}

  /**
   * The contract code of this call (see {@link Contracts#code}), or 0 when it has none. {@code
   * isSubtype} answers for application owner types.
   */
  static int codeOf(
      int opcode,
      String owner,
      String name,
      String descriptor,
      SyncCallTable.SubtypeCheck isSubtype) {
    if (name.equals("<init>") || owner.startsWith("[")) {
      return 0;
    }
    int arguments = Type.getArgumentTypes(descriptor).length;
    boolean isStatic = opcode == Opcodes.INVOKESTATIC;
    int family = familyOf(owner, name, arguments, isSubtype);
    if (family == 0 || isStatic != (family == Contracts.THREAD && name.equals("interrupted"))) {
      return 0;
    }
    return Contracts.code(family, name, arguments);
  }

  /**
   * The bridge method replacing a map's {@code compute*}/{@code merge} call, or null when the call
   * is not one (the receiver's family must be decided at run time).
   */
  static Hook mappingReplacement(int code, String name, String descriptor) {
    return Contracts.familyOf(code) == Contracts.DYNAMIC ? MAPPINGS.get(name + descriptor) : null;
  }

  private static int familyOf(
      String owner, String name, int arguments, SyncCallTable.SubtypeCheck isSubtype) {
    Integer known = STATIC_FAMILIES.get(owner);
    if (known != null) {
      return known;
    }
    if (DYNAMIC_OWNERS.contains(owner)) {
      return Contracts.DYNAMIC;
    }
    if (owner.startsWith("java/") || Contracts.code(Contracts.DYNAMIC, name, arguments) == 0) {
      return 0; // another JDK type, or a method no contract mentions: not worth a type lookup
    }
    for (String atomic : EXTENDED_ATOMICS) {
      if (isSubtype.test(owner, atomic)) {
        return Contracts.ATOMIC;
      }
    }
    if (isSubtype.test(owner, "java/lang/Thread")) {
      return Contracts.THREAD;
    }
    for (String collection : EXTENDED_COLLECTIONS) {
      if (isSubtype.test(owner, collection)) {
        return Contracts.DYNAMIC;
      }
    }
    return 0;
  }

  /** These owner types and the JDK's subtypes of {@code BlockingQueue}. */
  private static Set<String> withBlockingQueues(String... owners) {
    Set<String> all = new HashSet<>(SyncCallTable.BLOCKING_QUEUES);
    all.addAll(List.of(owners));
    return Set.copyOf(all);
  }
}
