package io.lockwatch.engine.deadlock;

/**
 * A lock class, as lockdep has them: what held a lock in the code. Every lock object belongs to
 * exactly one, fixed when the agent first sees the object: the field or static field it was read
 * from, else its runtime type.
 *
 * @param id this class's number, its index in {@link DeadlockFacts#lockClasses()}
 * @param name for people and for merging reports: {@code field com.example.Bank.lock}, {@code
 *     com.example.Account}, or for a lock a JDK class keeps for itself {@link #internalName}
 * @param kind the kind of its locks
 * @param permits for semaphores the most permits one of its semaphores had, else -1
 * @param writeLocked true when some thread took one of its read-write locks in write mode
 * @param signal true when one of its semaphores was released by a thread that held no permit: a
 *     signal, not a lock
 */
public record LockClass(
    int id, String name, LockKind kind, int permits, boolean writeLocked, boolean signal) {

  /** Between a JDK-internal lock's type and its owner class in the name of its lock class. */
  private static final String INTERNAL_TO = " in ";

  /** The name of the lock class of a lock of {@code type} that {@code owner} keeps for itself. */
  public static String internalName(String type, String owner) {
    return type + INTERNAL_TO + owner;
  }

  /** The owner of an internal lock class ({@link #internalName}), or null for any other name. */
  public static String internalOwner(String name) {
    int at = name.indexOf(INTERNAL_TO);
    return at > 0 ? name.substring(at + INTERNAL_TO.length()) : null;
  }

  /** The lock type of an internal lock class ({@link #internalName}), or null for any other. */
  public static String internalType(String name) {
    int at = name.indexOf(INTERNAL_TO);
    return at > 0 ? name.substring(0, at) : null;
  }
}
