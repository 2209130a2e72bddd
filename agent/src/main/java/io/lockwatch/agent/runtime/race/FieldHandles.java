package io.lockwatch.agent.runtime.race;

import io.lockwatch.agent.runtime.support.WeakIdentityTable;

/**
 * The field each field updater and field {@code VarHandle} the application made reads and writes,
 * by identity: a call through the handle and a plain volatile access of the same field of the same
 * object are the same memory location, so they order memory through one clock. (A {@code CAS}
 * through an {@code AtomicIntegerFieldUpdater} published with a volatile read of the field is the
 * hand-off of most lock-free libraries.) Handles made where the agent did not see it, or of array
 * elements, are not here: they keep a clock of their own per object.
 */
public final class FieldHandles {
  /** A field's id, and whether it is static (then a call's first argument is no object). */
  record Named(int field, boolean isStatic) {}

  private final FieldRegistry fields;
  private final WeakIdentityTable<Named> byHandle = new WeakIdentityTable<>(named -> {});

  FieldHandles(FieldRegistry fields) {
    this.fields = fields;
  }

  /** {@code handle} was made for the field {@code name} of {@code holder} or a superclass. */
  public void created(Object handle, Class<?> holder, String name, boolean isStatic) {
    Class<?> declaring = declaringClass(holder, name);
    if (declaring != null) {
      int field = fields.register(declaring.getName(), name, isStatic);
      byHandle.computeIfAbsent(handle, () -> new Named(field, isStatic));
    }
  }

  /** The field {@code handle} reads and writes, or null: not a handle made in sight. */
  Named fieldOf(Object handle) {
    return byHandle.get(handle);
  }

  /** The class that declares the field {@code name}, {@code type} or a superclass; null if none. */
  private static Class<?> declaringClass(Class<?> type, String name) {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      try {
        c.getDeclaredField(name);
        return c;
      } catch (NoSuchFieldException e) {
        // look further up
      }
    }
    return null;
  }
}
