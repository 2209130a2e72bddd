package io.lockwatch.agent.runtime.race;

import io.lockwatch.agent.runtime.support.WeakIdentityTable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The field each field updater and field {@code VarHandle} the application made reads and writes,
 * by identity: a call through the handle and a plain volatile access of the same field of the same
 * object are the same memory location, so they order memory through one clock. (A {@code CAS}
 * through an {@code AtomicIntegerFieldUpdater} published with a volatile read of the field is the
 * hand-off of most lock-free libraries.) Handles made where the agent did not see it, or of array
 * elements, are not here: they keep a clock of their own per object.
 *
 * <p>{@code Unsafe} the same way, by offset: each {@code objectFieldOffset(field)} seen is kept by
 * the field's class, and a call on an object at an offset looks the offset up along the object's
 * class and its superclasses (JCTools declares each field in its own class of a padded hierarchy).
 * Offsets are known before the objects are used (a class initialiser computes them), so each class
 * keeps its flattened table, rebuilt only when offsets were added since.
 */
public final class FieldHandles {
  /** A field's id, and whether it is static (then a call's first argument is no object). */
  record Named(int field, boolean isStatic) {}

  private final FieldRegistry fields;
  private final WeakIdentityTable<Named> byHandle = new WeakIdentityTable<>(named -> {});

  /** Offset → field id, per class that declares the fields (a class value: classes can unload). */
  private final ClassValue<Map<Long, Integer>> offsetsDeclared =
      new ClassValue<>() {
        @Override
        protected Map<Long, Integer> computeValue(Class<?> type) {
          return new ConcurrentHashMap<>();
        }
      };

  /** Bumped whenever an offset is added: a class's flattened table older than it is rebuilt. */
  private volatile int offsetsVersion;

  /** Each class's offsets, its own and its superclasses', as the table had them at a version. */
  private final ClassValue<AtomicReference<OffsetTable>> offsetsOfClass =
      new ClassValue<>() {
        @Override
        protected AtomicReference<OffsetTable> computeValue(Class<?> type) {
          return new AtomicReference<>(OffsetTable.EMPTY);
        }
      };

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

  /**
   * {@code Unsafe} calls at {@code offset} on a {@code declaring} (or a subclass) touch this field.
   */
  public void offset(Class<?> declaring, String name, long offset) {
    int field = fields.register(declaring.getName(), name, false);
    offsetsDeclared.get(declaring).put(offset, field);
    synchronized (this) {
      offsetsVersion++; // after the put: a table built at this version has it
    }
  }

  /** The id of the field at {@code offset} of {@code object}, or 0: no offset of it seen there. */
  int fieldAt(Object object, long offset) {
    if (offsetsVersion == 0) {
      return 0;
    }
    AtomicReference<OffsetTable> cached = offsetsOfClass.get(object.getClass());
    OffsetTable table = cached.get();
    int version = offsetsVersion;
    if (table.version != version) {
      table = flattened(object.getClass(), version);
      cached.set(table);
    }
    return table.fieldAt(offset);
  }

  private OffsetTable flattened(Class<?> type, int version) {
    Map<Long, Integer> all = new HashMap<>();
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      offsetsDeclared.get(c).forEach(all::putIfAbsent);
    }
    return new OffsetTable(version, all);
  }

  /** A class's offsets and their fields, sorted for a search that allocates nothing. */
  private static final class OffsetTable {
    static final OffsetTable EMPTY = new OffsetTable(-1, Map.of());

    final int version;
    private final long[] offsets;
    private final int[] fields;

    OffsetTable(int version, Map<Long, Integer> byOffset) {
      this.version = version;
      this.offsets = byOffset.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
      this.fields = new int[offsets.length];
      for (int i = 0; i < offsets.length; i++) {
        fields[i] = byOffset.get(offsets[i]);
      }
    }

    int fieldAt(long offset) {
      int i = Arrays.binarySearch(offsets, offset);
      return i < 0 ? 0 : fields[i];
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
      } catch (LinkageError e) {
        return null; // a field's type cannot be loaded: the handle keeps a clock of its own
      }
    }
    return null;
  }
}
