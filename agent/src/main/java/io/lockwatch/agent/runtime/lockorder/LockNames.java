package io.lockwatch.agent.runtime.lockorder;

import io.lockwatch.agent.runtime.support.CallerSites;
import io.lockwatch.agent.runtime.support.SiteInfo;
import io.lockwatch.engine.deadlock.LockClass;

/**
 * Names locks for people: by the expression that held them where they were first seen, never by
 * identity hash alone. Never calls the lock object's own methods (it has none to call here).
 */
public final class LockNames {
  private LockNames() {}

  /**
   * E.g. {@code monitor of com.example.Account (this)}, {@code ReentrantLock in field Bank.lock}.
   */
  public static String name(LockNode node) {
    String expression = expression(node.firstSeen());
    if (node.kind() == LockNode.KIND_MONITOR) {
      return "monitor of " + node.type() + (expression == null ? "" : " (" + expression + ")");
    }
    String type = simpleName(node.type());
    if (node.kind() == LockNode.KIND_SEMAPHORE && node.permits() > 0 && !node.signal()) {
      type += " (" + node.permits() + (node.permits() == 1 ? " permit)" : " permits)");
    }
    return expression == null ? type : type + " in " + expression;
  }

  /**
   * The lock class of a lock first seen at {@code site} (lockdep's idea): the field or static field
   * it was read from, else its runtime type ({@code this} and locals of one type are one class). A
   * lock a JDK class keeps for itself (the {@code ReentrantLock}s of {@code LinkedBlockingQueue},
   * the monitor object of {@code CopyOnWriteArrayList}) is {@code type in owner}: it is not any
   * lock of its type the application takes.
   */
  public static String lockClass(String type, SiteInfo site) {
    String expression = expression(site);
    if (expression != null
        && (expression.startsWith("field ") || expression.startsWith("static field "))) {
      return expression;
    }
    if (expression != null && site != null && isInternalLockOf(site, expression)) {
      return LockClass.internalName(type, expression);
    }
    return type;
  }

  /** The JDK's internal lock sites name the lock by the (outer) class that owns it. */
  private static boolean isInternalLockOf(SiteInfo site, String expression) {
    return CallerSites.isJdk(site.className()) && site.className().startsWith(expression);
  }

  /** The short name used in one-line chains: {@code Account}. */
  public static String shortName(LockNode node) {
    return simpleName(node.type());
  }

  private static String expression(SiteInfo site) {
    return site == null ? null : site.lockExpression();
  }

  /**
   * A lock class for one-line chains: {@code Bank.lock} of {@code field com.example.Bank.lock},
   * {@code Account} of {@code com.example.Bank$Account}.
   */
  public static String shortClassName(String lockClass) {
    String internalType = LockClass.internalType(lockClass);
    if (internalType != null) {
      return simpleName(internalType);
    }
    for (String prefix : new String[] {"static field ", "field "}) {
      if (lockClass.startsWith(prefix)) {
        String qualified = lockClass.substring(prefix.length());
        int dot = qualified.lastIndexOf('.');
        return dot < 0
            ? qualified
            : simpleName(qualified.substring(0, dot)) + qualified.substring(dot);
      }
    }
    return simpleName(lockClass);
  }

  /** {@code Account} of {@code com.example.Bank$Account}. */
  public static String simpleName(String className) {
    int dot = className.lastIndexOf('.');
    String simple = dot < 0 ? className : className.substring(dot + 1);
    int dollar = simple.lastIndexOf('$');
    return dollar < 0 || dollar == simple.length() - 1 ? simple : simple.substring(dollar + 1);
  }
}
