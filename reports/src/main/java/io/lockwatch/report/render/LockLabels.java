package io.lockwatch.report.render;

/**
 * Short labels, for graphs and cycle chains, of the lock classes the agent writes ({@code field
 * com.example.Bank.lock}, {@code static field com.example.Bank.LOCK}, {@code com.example.Account}).
 */
public final class LockLabels {
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

  /** {@code Bank} for {@code com.example.Bank}, {@code Bank$Inner} stays as it is. */
  static String simpleClassName(String className) {
    int dot = className.lastIndexOf('.');
    return dot < 0 ? className : className.substring(dot + 1);
  }
}
