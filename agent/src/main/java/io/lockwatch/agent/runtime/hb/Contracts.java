package io.lockwatch.agent.runtime.hb;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The memory effects the JDK documents for its thread-safe classes, at the application's call
 * sites, as data: for each family of classes and each method, whether the call <em>releases</em>
 * (publishes what the caller did before it) and whether it <em>acquires</em> (sees what was
 * published), and on what. An operation releases only if it publishes (a put, an offer, a set, a
 * compare-and-set) and acquires only when it observes what was published (a get of that key that
 * returned a value, a poll that returned an element, a volatile-mode read). Reads never release.
 *
 * <p>A call is encoded in one int baked into the bytecode: its family (or {@link #DYNAMIC}, decided
 * from the receiver's class at run time, for calls through {@code Map}, {@code Queue}...), the
 * method name's number and the argument count. {@link #of} answers with the contract: effect bits,
 * the condition on the call's outcome for the part after it, and the scope (the item the call is
 * about: a map's key, an array's index, an updater's target object; or the whole object).
 */
public final class Contracts {
  /** Family: decided from the receiver's class at run time ({@link ContractFamilies}). */
  public static final int DYNAMIC = 1;

  /** {@code AtomicInteger}, {@code AtomicLong}, {@code AtomicBoolean}, {@code AtomicReference}. */
  public static final int ATOMIC = 2;

  /**
   * {@code AtomicIntegerArray}, {@code AtomicLongArray}, {@code AtomicReferenceArray}: by index.
   */
  public static final int ATOMIC_ARRAY = 3;

  /** {@code LongAdder}, {@code DoubleAdder}, {@code LongAccumulator}, {@code DoubleAccumulator}. */
  public static final int ADDER = 4;

  /** {@code AtomicStampedReference}, {@code AtomicMarkableReference}. */
  public static final int STAMPED = 5;

  /** The atomic field updaters: by target object. */
  public static final int UPDATER = 6;

  /** {@code VarHandle}: by the object (and array index) it touches. */
  public static final int VARHANDLE = 7;

  /** {@code sun.misc.Unsafe}: by object and offset. */
  public static final int UNSAFE = 8;

  /** {@code Thread}: interrupts and the end of a thread. */
  public static final int THREAD = 9;

  /** {@code ConcurrentHashMap}, {@code ConcurrentSkipListMap}: by key. */
  public static final int KEYED_MAP = 10;

  /** {@code ConcurrentHashMap.newKeySet()}, {@code ConcurrentSkipListSet}: by element. */
  public static final int KEYED_SET = 11;

  /** The concurrent and blocking queues and deques. */
  public static final int QUEUE = 12;

  /** {@code CopyOnWriteArrayList}, {@code CopyOnWriteArraySet}. */
  public static final int COPY_ON_WRITE = 13;

  /** {@code Hashtable}, {@code Vector}, the {@code Collections.synchronized*} wrappers. */
  public static final int SYNCHRONIZED = 14;

  static final int FAMILIES = 15;

  /** The pseudo-method of a caught {@code InterruptedException} (family {@link #THREAD}). */
  public static final String INTERRUPT_CAUGHT = "(InterruptedException caught)";

  /** The pseudo-method of a wrapped map mapping function (family {@link #KEYED_MAP}). */
  public static final String MAPPING_FUNCTION = "(mapping function)";

  /** Effect: releases before the call. */
  public static final int RELEASE_BEFORE = 1;

  /** Effect: acquires before the call (a synchronized method taking its lock). */
  public static final int ACQUIRE_BEFORE = 2;

  /** Effect: releases after the call (a synchronized method giving its lock back). */
  public static final int RELEASE_AFTER = 4;

  /** Effect: acquires after the call, if its outcome meets the condition. */
  public static final int ACQUIRE_AFTER = 8;

  /** Condition of the part after the call: always. */
  static final int ALWAYS = 0;

  /** Condition: the call returned a value, an element, true, or a count above zero. */
  static final int WHEN_TRUE = 1 << 4;

  /** Condition: the call returned false ({@code isAlive()}). */
  static final int WHEN_FALSE = 2 << 4;

  private static final int CONDITION = 3 << 4;

  /** Scope: every item of a keyed object at once (bulk operations, iteration). */
  static final int WHOLE = 1 << 6;

  /** Scope: the end of the thread ({@code isAlive()} returning false orders like a join). */
  static final int ENDED = 2 << 6;

  static final int RELEASE = RELEASE_BEFORE;
  static final int ACQUIRE = ACQUIRE_AFTER;
  static final int ACQUIRE_FOUND = ACQUIRE_AFTER | WHEN_TRUE;
  static final int READ_MODIFY_WRITE = RELEASE_BEFORE | ACQUIRE_AFTER;
  static final int LOCKED = ACQUIRE_BEFORE | RELEASE_AFTER;

  /** Method names, numbered in the order first seen; a call's code carries the number. */
  static final Map<String, Integer> NAMES = new HashMap<>();

  static final List<String> NAME_LIST = new ArrayList<>();

  /** Per family, per method: the contract for any argument count, and for a specific one. */
  static final int[][] ANY_ARITY = new int[FAMILIES][];

  static final int[][] BY_ARITY = new int[FAMILIES][];

  static final int ARITIES = 16;

  static {
    ContractTable.fill();
  }

  private Contracts() {}

  /**
   * The code of a call of {@code name} with {@code arguments} arguments in {@code family}, or 0
   * when no family (for {@link #DYNAMIC}: no run-time family) has a contract for it.
   */
  public static int code(int family, String name, int arguments) {
    Integer number = NAMES.get(name);
    if (number == null) {
      return 0;
    }
    int arity = Math.min(arguments, ARITIES - 1);
    if (family != DYNAMIC && contractOf(family, number, arity) == 0) {
      return 0;
    }
    return family << 24 | number << 4 | arity;
  }

  /** The family of a call's code. */
  public static int familyOf(int code) {
    return code >>> 24;
  }

  /** The contract of the call with {@code code} on a receiver of {@code family}; 0: none. */
  public static int of(int family, int code) {
    return contractOf(family, (code >>> 4) & 0xFFFFF, code & (ARITIES - 1));
  }

  /**
   * The effects any family that {@code code} may resolve to has: what the instrumentation must
   * report around the call ({@link #RELEASE_BEFORE}... bits).
   */
  public static int possibleEffects(int code) {
    int family = familyOf(code);
    int effects = 0;
    for (int f = family == DYNAMIC ? KEYED_MAP : family;
        f <= (family == DYNAMIC ? SYNCHRONIZED : family);
        f++) {
      effects |= of(f, code) & (RELEASE_BEFORE | ACQUIRE_BEFORE | RELEASE_AFTER | ACQUIRE_AFTER);
    }
    return effects;
  }

  /** The effect bits of a contract. */
  static int effects(int contract) {
    return contract & 0xF;
  }

  /** Whether the part after the call applies, given its outcome. */
  static boolean holds(int contract, boolean outcome) {
    return switch (contract & CONDITION) {
      case WHEN_TRUE -> outcome;
      case WHEN_FALSE -> !outcome;
      default -> true;
    };
  }

  /** Whether the contract is about every item of a keyed object. */
  static boolean whole(int contract) {
    return (contract & WHOLE) != 0;
  }

  /** Whether the contract is about the end of a thread. */
  static boolean ended(int contract) {
    return (contract & ENDED) != 0;
  }

  /** A readable name of a code's method, for tests and messages. */
  public static String nameOf(int code) {
    int number = (code >>> 4) & 0xFFFFF;
    return number < NAME_LIST.size() ? NAME_LIST.get(number) : "?";
  }

  private static int contractOf(int family, int number, int arity) {
    if (family <= 0 || family >= FAMILIES || ANY_ARITY[family] == null) {
      return 0;
    }
    int[] exact = BY_ARITY[family];
    int index = number * ARITIES + arity;
    if (index < exact.length && exact[index] != 0) {
      return exact[index];
    }
    int[] any = ANY_ARITY[family];
    return number < any.length ? any[number] : 0;
  }
}
