package io.lockwatch.agent.instrument;

import java.util.List;

/**
 * Which classes are instrumented: never the JDK (bootstrap or platform loader, or JDK package
 * names) nor the agent itself; then, if {@code include} is given, only classes under one of its
 * prefixes; and never classes under an {@code exclude} prefix.
 */
public final class ClassFilter {
  private static final List<String> NEVER =
      List.of(
          "java.",
          "javax.",
          "jdk.",
          "sun.",
          "com.sun.",
          "io.lockwatch.agent.",
          "io.lockwatch.bridge.",
          "io.lockwatch.shaded.",
          // other agents' own runtimes: not the application (JaCoCo's probes are read here)
          "org.jacoco.agent.rt.",
          "io.opentelemetry.javaagent.");

  private final List<String> include;
  private final List<String> exclude;

  public ClassFilter(List<String> include, List<String> exclude) {
    this.include = include;
    this.exclude = exclude;
  }

  /** True when a class of this name, defined by this loader, is to be instrumented. */
  public boolean instruments(String className, ClassLoader loader) {
    if (loader == null || loader == ClassLoader.getPlatformClassLoader()) {
      return false;
    }
    return instruments(className);
  }

  /** The name-only part of the decision. */
  public boolean instruments(String className) {
    if (startsWithAny(className, NEVER) || className.contains("$$Lambda")) {
      return false;
    }
    if (!include.isEmpty() && !startsWithAny(className, include)) {
      return false;
    }
    return !startsWithAny(className, exclude);
  }

  private static boolean startsWithAny(String className, List<String> prefixes) {
    for (String prefix : prefixes) {
      if (className.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }
}
