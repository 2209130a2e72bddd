package io.lockwatch.report.model;

import com.google.gson.annotations.SerializedName;
import java.util.regex.Pattern;

/**
 * A place in the source: the class and method, and the file and line when the class was compiled
 * with debug information ({@code line} is -1 when unknown). Also used for stack frames.
 *
 * <p>A lock operation's site also says which lock expression it took ({@code lock}: {@code this},
 * {@code field com.example.Bank.lock}, {@code local variable from}) and which one of the method's
 * operations on that expression it is ({@code ordinal}, from 0 in the order of the code): what a
 * fingerprint is made of, so that it survives lines added above it.
 *
 * @param className the binary class name
 * @param method the method name
 * @param file the source file, or null without debug information
 * @param line the line, or -1 when unknown
 * @param lock the lock expression of a lock operation's site, or null
 * @param ordinal the site's rank among its method's operations on {@code lock}, or null for stack
 *     frames and field accesses
 */
public record Site(
    @SerializedName("class") String className,
    String method,
    String file,
    int line,
    String lock,
    Integer ordinal) {

  private static final Pattern LAMBDA_NUMBER = Pattern.compile("^(lambda\\$.*)\\$\\d+$");

  /** A site or frame known only by its place. */
  public Site(String className, String method, String file, int line) {
    this(className, method, file, line, null, null);
  }

  /** {@code Bank.java:42}, or the class's simple name when the file is unknown. */
  public String fileAndLine() {
    String where = file != null ? file : simpleName(className) + ".java";
    return line >= 0 ? where + ":" + line : where;
  }

  /** {@code com.example.Bank.transfer(Bank.java:42)}, the way a JVM stack trace prints a frame. */
  public String asFrame() {
    return className + "." + method + "(" + fileAndLine() + ")";
  }

  /**
   * A stable key for fingerprints, never made of object identities. A lock operation's site is
   * {@code class#method#lock#ordinal}, which lines added or removed elsewhere leave alone (javac's
   * number of a lambda, which changes when lambdas are added above it, is left out); any other is
   * {@code class#method:line}.
   */
  public String key() {
    if (ordinal != null) {
      String stableMethod = LAMBDA_NUMBER.matcher(method).replaceFirst("$1");
      return className + "#" + stableMethod + "#" + (lock == null ? "?" : lock) + "#" + ordinal;
    }
    return className + "#" + method + ":" + line;
  }

  static String simpleName(String className) {
    if (className == null) {
      return "?";
    }
    int dot = className.lastIndexOf('.');
    return dot < 0 ? className : className.substring(dot + 1);
  }
}
