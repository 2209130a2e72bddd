package io.lockwatch.report.render;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Short labels, for graphs and cycle chains, of the lock classes the agent writes ({@code field
 * com.example.Bank.lock}, {@code static field com.example.Bank.LOCK}, {@code com.example.Account}).
 */
public final class LockLabels {
  /** {@code field com.example.Bank.lock} inside a lock's readable name. */
  private static final Pattern FIELD = Pattern.compile("\\bfield ([\\w.$]+)");

  private LockLabels() {}

  /**
   * {@code Bank.lock}, {@code Bank.LOCK} or {@code Account}: the class's simple name and the field,
   * without package or prefix. Anything else comes back as it is.
   */
  public static String shortName(String lockClass) {
    if (lockClass == null) {
      return "?";
    }
    String name = lockClass;
    for (String prefix : new String[] {"static field ", "field "}) {
      if (name.startsWith(prefix)) {
        String qualified = name.substring(prefix.length());
        int fieldDot = qualified.lastIndexOf('.');
        if (fieldDot < 0) {
          return qualified;
        }
        return simpleClassName(qualified.substring(0, fieldDot)) + qualified.substring(fieldDot);
      }
    }
    if (name.contains(" ") || name.isEmpty()) {
      return name;
    }
    return simpleClassName(name);
  }

  /**
   * A short label of a lock from its readable name and runtime type: {@code
   * UnorderedLocking.LOCK_A} for {@code monitor of java.lang.Object (static field
   * com.example.UnorderedLocking.LOCK_A)} or {@code ReentrantLock in field com.example.Shop.jobs},
   * else the type's simple name.
   */
  public static String ofLock(String readableName, String type) {
    if (readableName != null) {
      Matcher field = FIELD.matcher(readableName);
      if (field.find()) {
        return shortName("field " + field.group(1));
      }
    }
    return type != null ? simpleClassName(type) : shortName(readableName);
  }

  /**
   * The package of a lock class: {@code com.example} for {@code field com.example.Bank.lock} and
   * for {@code com.example.Account}; empty for the default package or a name that is no class.
   */
  public static String packageName(String lockClass) {
    if (lockClass == null) {
      return "";
    }
    for (String prefix : new String[] {"static field ", "field "}) {
      if (lockClass.startsWith(prefix)) {
        String qualified = lockClass.substring(prefix.length());
        int fieldDot = qualified.lastIndexOf('.');
        return fieldDot < 0 ? "" : packageOfClass(qualified.substring(0, fieldDot));
      }
    }
    return lockClass.contains(" ") ? "" : packageOfClass(lockClass);
  }

  /** {@code com.example} for {@code com.example.Bank$Inner}; empty for the default package. */
  public static String packageOfClass(String className) {
    int dot = className == null ? -1 : className.lastIndexOf('.');
    return dot < 0 ? "" : className.substring(0, dot);
  }

  /** {@code Bank} for {@code com.example.Bank}, {@code Bank$Inner} stays as it is. */
  static String simpleClassName(String className) {
    int dot = className.lastIndexOf('.');
    return dot < 0 ? className : className.substring(dot + 1);
  }
}
