package io.lockwatch.bridge;

/**
 * Field accesses, for race detection: the instrumented code calls these just before a plain field
 * read or write (and around volatile ones, which order memory like a lock). The field and the site
 * are ids baked into the bytecode.
 */
public final class FieldHooks {
  private FieldHooks() {}

  public static void read(Object owner, int field, int site) {
    try {
      Hooks.sink.fieldAccess(owner, field, site, false);
    } catch (Throwable ignored) {
      // The sink counts its own failures; nothing may reach the application.
    }
  }

  public static void write(Object owner, int field, int site) {
    try {
      Hooks.sink.fieldAccess(owner, field, site, true);
    } catch (Throwable ignored) {
      // see read
    }
  }

  public static void readStatic(int field, int site) {
    read(null, field, site);
  }

  public static void writeStatic(int field, int site) {
    write(null, field, site);
  }

  /** First thing in a class initialiser. */
  public static void classInitStart() {
    try {
      Hooks.sink.classInitialiser(true);
    } catch (Throwable ignored) {
      // see read
    }
  }

  /** Before a class initialiser returns or throws. */
  public static void classInitEnd() {
    try {
      Hooks.sink.classInitialiser(false);
    } catch (Throwable ignored) {
      // see read
    }
  }

  /** After a volatile read: the reader acquires what writers released. */
  public static void volatileRead(Object owner, int field) {
    try {
      Hooks.sink.volatileAccess(owner, field, false);
    } catch (Throwable ignored) {
      // see read
    }
  }

  /** Before a volatile write: the writer releases what it did so far. */
  public static void volatileWrite(Object owner, int field) {
    try {
      Hooks.sink.volatileAccess(owner, field, true);
    } catch (Throwable ignored) {
      // see read
    }
  }

  public static void volatileReadStatic(int field) {
    volatileRead(null, field);
  }

  public static void volatileWriteStatic(int field) {
    volatileWrite(null, field);
  }
}
