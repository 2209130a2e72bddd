package io.lockwatch.report.model;

import com.google.gson.annotations.SerializedName;

/**
 * A place in the source: the class and method, and the file and line when the class was compiled
 * with debug information ({@code line} is -1 when unknown). Also used for stack frames.
 */
public record Site(
    @SerializedName("class") String className, String method, String file, int line) {

  /** {@code Bank.java:42}, or the class's simple name when the file is unknown. */
  public String fileAndLine() {
    String where = file != null ? file : simpleName(className) + ".java";
    return line >= 0 ? where + ":" + line : where;
  }

  /** {@code com.example.Bank.transfer(Bank.java:42)}, the way a JVM stack trace prints a frame. */
  public String asFrame() {
    return className + "." + method + "(" + fileAndLine() + ")";
  }

  /** A stable key for fingerprints: never contains object identities. */
  public String key() {
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
