package io.lockwatch.report.model;

/**
 * A lock class (lockdep's idea): what held a lock in the code. Every lock belongs to one, fixed
 * when it is first seen: the field or static field it was read from, else its runtime type. The
 * lock-order edges of the report are between lock classes, so reports merge on them.
 *
 * @param name {@code field com.example.Bank.lock}, {@code static field com.example.Bank.LOCK},
 *     {@code com.example.Account}, or for a lock a JDK class keeps for itself its type and owner:
 *     {@code java.util.concurrent.locks.ReentrantLock in java.util.concurrent.LinkedBlockingQueue}
 * @param kind {@code monitor}, {@code lock}, {@code read-write-lock}, {@code stamped-lock} or
 *     {@code semaphore}
 * @param permits for semaphores the most permits one of them had, else -1
 * @param writeLocked true when some thread write-locked one of its read-write locks
 * @param signal true when one of its semaphores was released by a thread that held no permit of it
 *     (a signal, which holds nothing)
 * @param firstSeen where a lock of the class was first taken: for a class named by a type ({@code
 *     this}, a local), the place to start looking; absent in reports before schema version 4
 */
public record LockClass(
    String name, String kind, int permits, boolean writeLocked, boolean signal, Site firstSeen) {

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
