package io.lockwatch.bridge;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;

/**
 * Field accesses, for race detection: the instrumented code calls these just before a plain field
 * read or write (and around volatile ones, which order memory like a lock), and at the ends of a
 * class initialiser. The field and the site are ids baked into the bytecode.
 */
public final class FieldHooks {
  private FieldHooks() {}

  /**
   * Before a plain {@code getfield}. A null {@code owner} is a read that is about to throw {@code
   * NullPointerException}, not a static field: nothing is read.
   */
  public static void read(Object owner, int field, int site) {
    if (owner != null) {
      Hooks.fieldAccess(owner, field, site, false);
    }
  }

  /** Before a plain {@code putfield} (nothing when {@code owner} is null: it will throw). */
  public static void write(Object owner, int field, int site) {
    if (owner != null) {
      Hooks.fieldAccess(owner, field, site, true);
    }
  }

  /** Before a plain {@code getstatic}. */
  public static void readStatic(int field, int site) {
    Hooks.fieldAccess(null, field, site, false);
  }

  /** Before a plain {@code putstatic}. */
  public static void writeStatic(int field, int site) {
    Hooks.fieldAccess(null, field, site, true);
  }

  /**
   * After a call made a field updater or a field's {@code VarHandle} ({@code newUpdater}, {@code
   * findVarHandle}, {@code findStaticVarHandle}) of the field {@code name} of {@code holder} (or a
   * superclass): its calls order memory through the same volatile field as plain volatile reads and
   * writes do. The handle was made: the call returned.
   */
  public static void handleCreated(Object handle, Class<?> holder, String name, boolean isStatic) {
    if (handle != null && holder != null && name != null) {
      Hooks.fieldHandle(handle, holder, name, isStatic);
    }
  }

  /**
   * After {@code Unsafe.objectFieldOffset(field)} returned {@code offset}: {@code Unsafe} calls on
   * an object at that offset touch that field (static fields are not looked at).
   */
  public static void offsetCreated(long offset, Field field) {
    if (field != null && !Modifier.isStatic(field.getModifiers())) {
      Hooks.fieldOffset(field.getDeclaringClass(), field.getName(), offset);
    }
  }

  /** After a volatile read: the reader acquires what writers released. */
  public static void volatileRead(Object owner, int field) {
    Hooks.volatileAccess(owner, field, false);
  }

  /** Before a volatile write: the writer releases what it did so far (unless it will throw). */
  public static void volatileWrite(Object owner, int field) {
    if (owner != null) {
      Hooks.volatileAccess(owner, field, true);
    }
  }

  /** After a static volatile read. */
  public static void volatileReadStatic(int field) {
    Hooks.volatileAccess(null, field, false);
  }

  /** Before a static volatile write. */
  public static void volatileWriteStatic(int field) {
    Hooks.volatileAccess(null, field, true);
  }

  /** First thing in the class initialiser of the class with field-registry id {@code type}. */
  public static void classInitStart(int type) {
    Hooks.classInitialiser(type, true);
  }

  /** Before the class initialiser of {@code type} returns or throws. */
  public static void classInitEnd(int type) {
    Hooks.classInitialiser(type, false);
  }
}
