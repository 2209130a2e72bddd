package io.lockwatch.agent.runtime.support;

/**
 * A code location baked into bytecode as an int: class, method, file and line, and for lock
 * acquisitions the expression that produced the lock ({@code this}, {@code field Bank.lock}, ...).
 *
 * <p>Filled in while the class is instrumented, before any of its code runs; read-only afterwards.
 */
public final class SiteInfo {
  private final int id;
  private final String className;
  private final String method;
  private final String file;
  private volatile int line;
  private volatile String lockExpression;
  private volatile int ordinal = -1;

  SiteInfo(int id, String className, String method, String file, int line, String lockExpression) {
    this.id = id;
    this.className = className;
    this.method = method;
    this.file = file;
    this.line = line;
    this.lockExpression = lockExpression;
  }

  /** The id baked into bytecode. */
  public int id() {
    return id;
  }

  /** The class, dotted. */
  public String className() {
    return className;
  }

  /** The method name. */
  public String method() {
    return method;
  }

  /** The source file, or null when the class has no debug information. */
  public String file() {
    return file;
  }

  /** The line, or -1 while unknown. */
  public int line() {
    return line;
  }

  /** What expression held the lock at this site, or null when unknown. */
  public String lockExpression() {
    return lockExpression;
  }

  /** Sets the line once it becomes known (a method's first line comes after its prologue). */
  public void setLineIfUnknown(int newLine) {
    if (line < 0) {
      line = newLine;
    }
  }

  /** Sets what expression held the lock, once the instrumentation knows it. */
  public void setLockExpression(String expression) {
    this.lockExpression = expression;
  }

  /**
   * For a lock operation: its rank among its method's operations on the same lock expression, from
   * 0 in the order of the code (lambdas of one method count as one), or -1. What a fingerprint is
   * made of, with the expression: lines added elsewhere leave both alone.
   */
  public int ordinal() {
    return ordinal;
  }

  /** Sets the ordinal once the instrumentation has numbered its method's lock operations. */
  public void setOrdinal(int ordinal) {
    this.ordinal = ordinal;
  }

  /** The site as a stack frame (its line as known now). */
  public Frame frame() {
    return new Frame(className, method, file, line);
  }

  @Override
  public String toString() {
    return className + "." + method + "(" + file + ":" + line + ")"; // for debugging only
  }
}
