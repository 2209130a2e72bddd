package io.lockwatch.agent.instrument;

import java.util.Set;
import java.util.function.Predicate;
import net.bytebuddy.jar.asm.Opcodes;

/**
 * Recognises calls on {@code java.util.concurrent.locks.Lock} and says which bridge method
 * replaces each. The bridge methods take the receiver first and the site id last.
 */
final class LockApi {
  private static final String LOCK_TYPE = "java/util/concurrent/locks/Lock";
  private static final String LOCK_DESC = "Ljava/util/concurrent/locks/Lock;";
  private static final Set<String> KNOWN_LOCKS =
      Set.of(
          LOCK_TYPE,
          "java/util/concurrent/locks/ReentrantLock",
          "java/util/concurrent/locks/ReentrantReadWriteLock$ReadLock",
          "java/util/concurrent/locks/ReentrantReadWriteLock$WriteLock");

  /** A bridge method: its name, descriptor, and how many argument values the original call had. */
  record Replacement(String name, String descriptor, int arguments) {}

  private LockApi() {}

  /** The replacement of a call, or null when it is not a Lock call we watch. */
  static Replacement replacementFor(
      int opcode, String owner, String name, String descriptor, Predicate<String> isOtherLockType) {
    if (opcode != Opcodes.INVOKEINTERFACE && opcode != Opcodes.INVOKEVIRTUAL) {
      return null; // super.lock() inside a Lock implementation is the implementation's business
    }
    Replacement replacement = byMethod(name, descriptor);
    if (replacement == null || !isLock(owner, isOtherLockType)) {
      return null;
    }
    return replacement;
  }

  private static Replacement byMethod(String name, String descriptor) {
    return switch (name + descriptor) {
      case "lock()V" -> new Replacement("lock", "(" + LOCK_DESC + "I)V", 0);
      case "lockInterruptibly()V" -> new Replacement("lockInterruptibly", "(" + LOCK_DESC + "I)V", 0);
      case "tryLock()Z" -> new Replacement("tryLock", "(" + LOCK_DESC + "I)Z", 0);
      case "tryLock(JLjava/util/concurrent/TimeUnit;)Z" ->
          new Replacement("tryLock", "(" + LOCK_DESC + "JLjava/util/concurrent/TimeUnit;I)Z", 2);
      case "unlock()V" -> new Replacement("unlock", "(" + LOCK_DESC + "I)V", 0);
      default -> null;
    };
  }

  private static boolean isLock(String owner, Predicate<String> isOtherLockType) {
    if (KNOWN_LOCKS.contains(owner)) {
      return true;
    }
    return !owner.startsWith("[") && !owner.startsWith("java/") && isOtherLockType.test(owner);
  }
}
