package io.lockwatch.agent.runtime.hb;

import java.util.Set;

/**
 * How a map key of a given class can be compared without running application code (see {@link
 * KeyClocks}). Decided once per class; a class whose methods cannot even be listed (a missing
 * optional dependency) counts as {@link #OTHER}.
 */
final class KeyKinds {
  /** A JDK value type: its own {@code equals} and {@code hashCode} are JDK code. */
  static final int VALUE = 0;

  /** {@code equals} is {@code Object}'s: the same key is the same object. */
  static final int IDENTITY = 1;

  /** An application-defined {@code equals}: not to be called. */
  static final int OTHER = 2;

  private static final Set<String> VALUE_TYPES =
      Set.of(
          "java.lang.String",
          "java.lang.Integer",
          "java.lang.Long",
          "java.lang.Short",
          "java.lang.Byte",
          "java.lang.Character",
          "java.lang.Boolean",
          "java.lang.Float",
          "java.lang.Double",
          "java.math.BigInteger",
          "java.math.BigDecimal",
          "java.util.UUID",
          "java.time.Instant",
          "java.time.Duration",
          "java.time.LocalDate",
          "java.time.LocalTime",
          "java.time.LocalDateTime");

  private static final ClassValue<Integer> KIND =
      new ClassValue<>() {
        @Override
        protected Integer computeValue(Class<?> type) {
          if (VALUE_TYPES.contains(type.getName())) {
            return VALUE;
          }
          if (type.isEnum() || Enum.class.isAssignableFrom(type) || type == Class.class) {
            return IDENTITY;
          }
          try {
            return type.getMethod("equals", Object.class).getDeclaringClass() == Object.class
                ? IDENTITY
                : OTHER;
          } catch (Throwable unlistable) {
            return OTHER;
          }
        }
      };

  private KeyKinds() {}

  static int of(Class<?> type) {
    return KIND.get(type);
  }
}
