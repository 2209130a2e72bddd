package io.lockwatch.agent.instrument;

/** What the instrumentation needs to know about the field a field instruction touches. */
record FieldTarget(
    String declaringClass,
    boolean isStatic,
    boolean isFinal,
    boolean isVolatile,
    boolean isSynthetic) {

  /** Final and synthetic fields ({@code this$0}) cannot race. */
  boolean watchable() {
    return !isFinal && !isSynthetic;
  }
}
