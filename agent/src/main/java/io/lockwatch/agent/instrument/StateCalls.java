package io.lockwatch.agent.instrument;

import java.util.Set;
import net.bytebuddy.jar.asm.Opcodes;
import net.bytebuddy.jar.asm.Type;

/**
 * The calls of application code that may touch the state of a JDK object that is not thread-safe,
 * as data: calls through the types such objects are used as (collections and their interfaces,
 * iterators, {@code StringBuilder}, {@code java.text} formats), classified by method name as reads
 * or writes, and whether the result is a view or iterator of the receiver. Which receivers really
 * are such objects is decided at run time, by their class.
 */
final class StateCalls {
  /** What a call does to its receiver's state. */
  enum Kind {
    READ,
    WRITE
  }

  private static final Set<String> OWNERS =
      Set.of(
          "java/lang/Iterable",
          "java/util/Collection",
          "java/util/AbstractCollection",
          "java/util/List",
          "java/util/AbstractList",
          "java/util/AbstractSequentialList",
          "java/util/ArrayList",
          "java/util/LinkedList",
          "java/util/Set",
          "java/util/AbstractSet",
          "java/util/SortedSet",
          "java/util/NavigableSet",
          "java/util/HashSet",
          "java/util/LinkedHashSet",
          "java/util/TreeSet",
          "java/util/Queue",
          "java/util/AbstractQueue",
          "java/util/Deque",
          "java/util/ArrayDeque",
          "java/util/PriorityQueue",
          "java/util/SequencedCollection",
          "java/util/SequencedSet",
          "java/util/SequencedMap",
          "java/util/Map",
          "java/util/AbstractMap",
          "java/util/SortedMap",
          "java/util/NavigableMap",
          "java/util/HashMap",
          "java/util/LinkedHashMap",
          "java/util/TreeMap",
          "java/util/WeakHashMap",
          "java/util/IdentityHashMap",
          "java/util/BitSet",
          "java/util/Iterator",
          "java/util/ListIterator",
          "java/lang/StringBuilder",
          "java/lang/CharSequence",
          "java/lang/Appendable",
          "java/text/Format",
          "java/text/DateFormat",
          "java/text/SimpleDateFormat",
          "java/text/NumberFormat",
          "java/text/DecimalFormat",
          "java/text/MessageFormat",
          "java/text/ChoiceFormat");

  /** Methods that change their receiver (of a collection, a builder, a bit set or a format). */
  private static final Set<String> WRITES =
      Set.of(
          "add",
          "addAll",
          "addFirst",
          "addLast",
          "put",
          "putAll",
          "putIfAbsent",
          "putFirst",
          "putLast",
          "remove",
          "removeAll",
          "removeIf",
          "removeFirst",
          "removeLast",
          "removeFirstOccurrence",
          "removeLastOccurrence",
          "retainAll",
          "clear",
          "set",
          "sort",
          "replace",
          "replaceAll",
          "compute",
          "computeIfAbsent",
          "computeIfPresent",
          "merge",
          "offer",
          "offerFirst",
          "offerLast",
          "poll",
          "pollFirst",
          "pollLast",
          "pollFirstEntry",
          "pollLastEntry",
          "push",
          "pop",
          "ensureCapacity",
          "trimToSize",
          "flip",
          "and",
          "or",
          "xor",
          "andNot",
          "append",
          "appendCodePoint",
          "insert",
          "delete",
          "deleteCharAt",
          "reverse",
          "setLength",
          "setCharAt",
          "format",
          "formatToCharacterIterator",
          "parse",
          "parseObject",
          "applyPattern",
          "applyLocalizedPattern");

  /** Methods of {@code Object} that are not calls on the state. */
  private static final Set<String> NOT_STATE = Set.of("getClass", "wait", "notify", "notifyAll");

  /** Return types of views and iterators, which reach the receiver's state. */
  private static final Set<String> VIEWS =
      Set.of(
          "Ljava/util/Iterator;",
          "Ljava/util/ListIterator;",
          "Ljava/util/Spliterator;",
          "Ljava/util/Collection;",
          "Ljava/util/Set;",
          "Ljava/util/List;",
          "Ljava/util/Map;",
          "Ljava/util/SortedMap;",
          "Ljava/util/NavigableMap;",
          "Ljava/util/SortedSet;",
          "Ljava/util/NavigableSet;",
          "Ljava/util/SequencedCollection;",
          "Ljava/util/SequencedSet;",
          "Ljava/util/SequencedMap;");

  private StateCalls() {}

  /** What a call does to its receiver, or null when it is not one of these calls. */
  static Kind kindOf(int opcode, String owner, String name) {
    if ((opcode != Opcodes.INVOKEVIRTUAL && opcode != Opcodes.INVOKEINTERFACE)
        || !OWNERS.contains(owner)
        || NOT_STATE.contains(name)) {
      return null;
    }
    if (name.startsWith("set") && owner.startsWith("java/text/")) {
      return Kind.WRITE; // setLenient, setTimeZone, setMaximumFractionDigits...
    }
    return WRITES.contains(name) ? Kind.WRITE : Kind.READ;
  }

  /** True when the call's result may be a view or an iterator of its receiver. */
  static boolean returnsView(String descriptor) {
    return VIEWS.contains(Type.getReturnType(descriptor).getDescriptor());
  }
}
