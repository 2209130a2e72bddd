package io.lockwatch.bridge;

/**
 * Array element accesses, for race detection: the instrumentation calls these just before an
 * element load or store ({@code xaload}, {@code xastore}) with the array, the index, the id of what
 * the code names the array by, and the site. A null array or an index out of bounds is an access
 * about to throw, and touches nothing.
 */
public final class ArrayHooks {
  private ArrayHooks() {}

  /** Before an element load. */
  public static void read(Object array, int index, int name, int site) {
    if (array != null && index >= 0) {
      Hooks.arrayAccess(array, index, name, site, false);
    }
  }

  /** Before an element store. */
  public static void write(Object array, int index, int name, int site) {
    if (array != null && index >= 0) {
      Hooks.arrayAccess(array, index, name, site, true);
    }
  }
}
