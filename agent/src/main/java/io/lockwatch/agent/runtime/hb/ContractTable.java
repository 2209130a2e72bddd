package io.lockwatch.agent.runtime.hb;

import static io.lockwatch.agent.runtime.hb.Contracts.ACQUIRE;
import static io.lockwatch.agent.runtime.hb.Contracts.ACQUIRE_AFTER;
import static io.lockwatch.agent.runtime.hb.Contracts.ACQUIRE_FOUND;
import static io.lockwatch.agent.runtime.hb.Contracts.ADDER;
import static io.lockwatch.agent.runtime.hb.Contracts.ANY_ARITY;
import static io.lockwatch.agent.runtime.hb.Contracts.ARITIES;
import static io.lockwatch.agent.runtime.hb.Contracts.ATOMIC;
import static io.lockwatch.agent.runtime.hb.Contracts.ATOMIC_ARRAY;
import static io.lockwatch.agent.runtime.hb.Contracts.BY_ARITY;
import static io.lockwatch.agent.runtime.hb.Contracts.COPY_ON_WRITE;
import static io.lockwatch.agent.runtime.hb.Contracts.ENDED;
import static io.lockwatch.agent.runtime.hb.Contracts.KEYED_MAP;
import static io.lockwatch.agent.runtime.hb.Contracts.KEYED_SET;
import static io.lockwatch.agent.runtime.hb.Contracts.LOCKED;
import static io.lockwatch.agent.runtime.hb.Contracts.NAMES;
import static io.lockwatch.agent.runtime.hb.Contracts.NAME_LIST;
import static io.lockwatch.agent.runtime.hb.Contracts.QUEUE;
import static io.lockwatch.agent.runtime.hb.Contracts.READ_MODIFY_WRITE;
import static io.lockwatch.agent.runtime.hb.Contracts.RELEASE;
import static io.lockwatch.agent.runtime.hb.Contracts.STAMPED;
import static io.lockwatch.agent.runtime.hb.Contracts.SYNCHRONIZED;
import static io.lockwatch.agent.runtime.hb.Contracts.THREAD;
import static io.lockwatch.agent.runtime.hb.Contracts.UNSAFE;
import static io.lockwatch.agent.runtime.hb.Contracts.UPDATER;
import static io.lockwatch.agent.runtime.hb.Contracts.VARHANDLE;
import static io.lockwatch.agent.runtime.hb.Contracts.WHEN_FALSE;
import static io.lockwatch.agent.runtime.hb.Contracts.WHOLE;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The rows of the {@link Contracts} table, one family of classes at a time, each method with the
 * effect its javadoc documents (the class's, or {@code java.util.concurrent}'s package summary of
 * memory consistency). Methods not listed order nothing: plain and opaque access modes, {@code
 * size}, {@code isEmpty}, {@code length}, {@code toString}.
 */
final class ContractTable {
  /** The read-modify-writes atomics and field updaters share (all full volatile). */
  private static final String[] READ_MODIFY_WRITES = {
    "getAndSet",
    "getAndIncrement",
    "getAndDecrement",
    "getAndAdd",
    "incrementAndGet",
    "decrementAndGet",
    "addAndGet",
    "compareAndSet",
    "getAndUpdate",
    "updateAndGet",
    "getAndAccumulate",
    "accumulateAndGet"
  };

  private ContractTable() {}

  static void fill() {
    Rows atomic =
        new Rows(ATOMIC)
            .with(
                ACQUIRE,
                "get",
                "getAcquire",
                "intValue",
                "longValue",
                "floatValue",
                "doubleValue",
                "compareAndExchangeAcquire",
                "weakCompareAndSetAcquire")
            .with(
                RELEASE,
                "set",
                "lazySet",
                "setRelease",
                "compareAndExchangeRelease",
                "weakCompareAndSetRelease")
            .with(READ_MODIFY_WRITE, READ_MODIFY_WRITES)
            .with(READ_MODIFY_WRITE, "weakCompareAndSetVolatile", "compareAndExchange");
    atomic.copyTo(ATOMIC_ARRAY);
    new Rows(ADDER)
        .with(RELEASE, "add", "increment", "decrement", "accumulate", "reset")
        .with(ACQUIRE, "sum", "intValue", "longValue", "floatValue", "doubleValue", "get")
        .with(READ_MODIFY_WRITE, "sumThenReset", "getThenReset");
    new Rows(STAMPED)
        .with(ACQUIRE, "getReference", "getStamp", "isMarked", "get")
        .with(RELEASE, "set")
        .with(
            READ_MODIFY_WRITE, "compareAndSet", "weakCompareAndSet", "attemptStamp", "attemptMark");
    new Rows(UPDATER)
        .with(ACQUIRE, "get")
        .with(RELEASE, "set", "lazySet")
        .with(READ_MODIFY_WRITE, READ_MODIFY_WRITES);
    Rows varHandle =
        new Rows(VARHANDLE)
            .with(ACQUIRE, "getVolatile", "getAcquire")
            .with(RELEASE, "setVolatile", "setRelease")
            .with(
                READ_MODIFY_WRITE,
                "compareAndSet",
                "compareAndExchange",
                "weakCompareAndSet",
                "getAndSet",
                "getAndAdd",
                "getAndBitwiseOr",
                "getAndBitwiseAnd",
                "getAndBitwiseXor");
    for (String rmw :
        List.of(
            "compareAndExchange",
            "weakCompareAndSet",
            "getAndSet",
            "getAndAdd",
            "getAndBitwiseOr",
            "getAndBitwiseAnd",
            "getAndBitwiseXor")) {
      varHandle.with(ACQUIRE, rmw + "Acquire").with(RELEASE, rmw + "Release");
    }
    Rows unsafe = new Rows(UNSAFE);
    for (String type : List.of("Int", "Long", "Object")) {
      unsafe.with(READ_MODIFY_WRITE, "compareAndSwap" + type, "getAndSet" + type);
      unsafe.with(RELEASE, "putOrdered" + type);
    }
    unsafe.with(READ_MODIFY_WRITE, "getAndAddInt", "getAndAddLong");
    for (String type :
        List.of("Int", "Long", "Object", "Boolean", "Byte", "Short", "Char", "Float", "Double")) {
      unsafe.with(ACQUIRE, "get" + type + "Volatile").with(RELEASE, "put" + type + "Volatile");
    }
    new Rows(THREAD)
        .with(RELEASE, "interrupt")
        .with(ACQUIRE_FOUND, "isInterrupted", "interrupted")
        .with(ACQUIRE_AFTER | WHEN_FALSE | ENDED, "isAlive")
        // a caught InterruptedException (see the bridge's ConcurrentHooks.caught)
        .with(ACQUIRE, Contracts.INTERRUPT_CAUGHT);
    keyedRows();
    queueRows();
    new Rows(COPY_ON_WRITE)
        .with(RELEASE, "add", "addIfAbsent", "addAll", "addAllAbsent")
        .with(
            READ_MODIFY_WRITE,
            "set",
            "remove",
            "removeAll",
            "retainAll",
            "removeIf",
            "clear",
            "replaceAll",
            "sort")
        .with(ACQUIRE, iterating("get", "listIterator", "indexOf", "lastIndexOf", "subList"));
    // The synchronized collections run every method under their lock: acquire it, release it.
    Rows synchronizedRows = new Rows(SYNCHRONIZED);
    for (String name : new ArrayList<>(NAME_LIST)) {
      if (!isThreadOnly(name)) {
        synchronizedRows.with(LOCKED, name);
      }
    }
  }

  /** Maps (by key) and key sets (by element). */
  private static void keyedRows() {
    new Rows(KEYED_MAP)
        .with(ACQUIRE_FOUND, "get", "getOrDefault", "containsKey")
        // an update publishes; the old value it returns was observed
        .with(RELEASE | ACQUIRE_FOUND, "put", "putIfAbsent", "replace", "remove")
        // the mapping functions of compute* and merge are wrapped (see the bridge's MapHooks): they
        // publish what they do; a value a call returns without running its function was observed
        .with(ACQUIRE_FOUND, "compute", "computeIfAbsent", "computeIfPresent", "merge")
        // the wrapped mapping function itself: like a critical section on its key
        .with(LOCKED, Contracts.MAPPING_FUNCTION)
        .with(RELEASE | WHOLE, "putAll", "clear")
        .with(READ_MODIFY_WRITE | WHOLE, "replaceAll", "pollFirstEntry", "pollLastEntry")
        .with(
            ACQUIRE | WHOLE,
            "keySet",
            "values",
            "entrySet",
            "keys",
            "elements",
            "forEach",
            "forEachKey",
            "forEachValue",
            "forEachEntry",
            "search",
            "searchKeys",
            "searchValues",
            "searchEntries",
            "reduce",
            "reduceKeys",
            "reduceValues",
            "reduceEntries",
            "containsValue",
            "contains",
            "firstKey",
            "lastKey",
            "firstEntry",
            "lastEntry",
            "ceilingKey",
            "ceilingEntry",
            "floorKey",
            "floorEntry",
            "higherKey",
            "higherEntry",
            "lowerKey",
            "lowerEntry",
            "headMap",
            "tailMap",
            "subMap",
            "descendingMap",
            "navigableKeySet",
            "descendingKeySet");
    new Rows(KEYED_SET)
        .with(RELEASE, "add")
        .with(RELEASE | ACQUIRE_FOUND, "remove")
        .with(
            READ_MODIFY_WRITE | WHOLE,
            "pollFirst",
            "pollLast",
            "addAll",
            "removeAll",
            "retainAll",
            "removeIf",
            "clear")
        .with(
            ACQUIRE | WHOLE,
            iterating(
                "first",
                "last",
                "ceiling",
                "floor",
                "higher",
                "lower",
                "headSet",
                "tailSet",
                "subSet",
                "descendingSet"))
        .with(ACQUIRE_FOUND, "contains"); // by element, unlike the iterating methods
  }

  /** Queues and deques: by the queue (an element's poll sees every offer before it). */
  private static void queueRows() {
    new Rows(QUEUE)
        .with(
            RELEASE,
            "add",
            "offer",
            "put",
            "addFirst",
            "addLast",
            "offerFirst",
            "offerLast",
            "push",
            "putFirst",
            "putLast",
            "transfer",
            "tryTransfer",
            "addAll")
        .with(
            ACQUIRE_FOUND,
            "poll",
            "take",
            "element",
            "peek",
            "pollFirst",
            "pollLast",
            "takeFirst",
            "takeLast",
            "removeFirst",
            "removeLast",
            "getFirst",
            "getLast",
            "peekFirst",
            "peekLast",
            "pop",
            "drainTo")
        .withArity(ACQUIRE_FOUND, "remove", 0)
        .withArity(READ_MODIFY_WRITE, "remove", 1)
        .with(
            READ_MODIFY_WRITE,
            "removeFirstOccurrence",
            "removeLastOccurrence",
            "removeIf",
            "removeAll",
            "retainAll",
            "clear")
        .with(ACQUIRE, iterating());
  }

  /** The methods that look at every element, and {@code more}. */
  private static String[] iterating(String... more) {
    List<String> names =
        new ArrayList<>(
            List.of(
                "contains",
                "containsAll",
                "iterator",
                "descendingIterator",
                "spliterator",
                "toArray",
                "forEach",
                "stream",
                "parallelStream"));
    names.addAll(Arrays.asList(more));
    return names.toArray(new String[0]);
  }

  private static boolean isThreadOnly(String name) {
    return name.equals("interrupt")
        || name.equals(Contracts.INTERRUPT_CAUGHT)
        || name.equals(Contracts.MAPPING_FUNCTION)
        || name.equals("isInterrupted")
        || name.equals("interrupted")
        || name.equals("isAlive");
  }

  /** Builds one family's rows. */
  private static final class Rows {
    private final int family;

    Rows(int family) {
      this.family = family;
      if (ANY_ARITY[family] == null) {
        ANY_ARITY[family] = new int[0];
        BY_ARITY[family] = new int[0];
      }
    }

    Rows with(int contract, String... names) {
      for (String name : names) {
        int number = number(name);
        int[] any = grown(ANY_ARITY, number + 1);
        any[number] = contract;
      }
      return this;
    }

    Rows withArity(int contract, String name, int arity) {
      int number = number(name);
      int[] exact = BY_ARITY[family];
      if (exact.length <= number * ARITIES + arity) {
        exact = Arrays.copyOf(exact, (number + 1) * ARITIES);
        BY_ARITY[family] = exact;
      }
      exact[number * ARITIES + arity] = contract;
      return this;
    }

    void copyTo(int other) {
      ANY_ARITY[other] = ANY_ARITY[family].clone();
      BY_ARITY[other] = BY_ARITY[family].clone();
    }

    private int[] grown(int[][] table, int length) {
      if (table[family].length < length) {
        table[family] = Arrays.copyOf(table[family], length);
      }
      return table[family];
    }

    private static int number(String name) {
      return NAMES.computeIfAbsent(
          name,
          n -> {
            NAME_LIST.add(n);
            return NAME_LIST.size() - 1;
          });
    }
  }
}
