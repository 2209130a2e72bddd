package io.lockwatch.agent.runtime.race;

import io.lockwatch.agent.runtime.support.WeakIdentityTable;
import java.util.Arrays;

/**
 * Where shadows live: per object (by identity, not keeping it alive) for instance fields and array
 * elements, by field id for static fields. A small per-thread cache of the last objects (and
 * arrays) used skips the identity lookup and its hashing when a thread touches the same objects
 * again, which loops do all the time; it holds the table's entries, which refer to the objects
 * weakly, so it keeps none alive.
 */
final class ShadowTable {
  private final WeakIdentityTable<ObjectShadows> objects = new WeakIdentityTable<>(s -> {});
  private final WeakIdentityTable<ArrayShadows> arrays = new WeakIdentityTable<>(s -> {});
  private volatile FieldShadow[] statics = new FieldShadow[256];

  /** The shadows of {@code owner}'s fields. */
  ObjectShadows objectShadows(ThreadAccesses thread, Object owner) {
    return objectEntry(thread, owner).value();
  }

  /**
   * The table's entry of {@code owner}, remembered as the thread's most recent object: a weak
   * reference to the owner with its shadows.
   */
  WeakIdentityTable.Entry<ObjectShadows> objectEntry(ThreadAccesses thread, Object owner) {
    WeakIdentityTable.Entry<ObjectShadows>[] recent = thread.recentObjects;
    for (WeakIdentityTable.Entry<ObjectShadows> entry : recent) {
      if (entry != null && entry.isOf(owner)) {
        return entry;
      }
    }
    WeakIdentityTable.Entry<ObjectShadows> entry =
        objects.entryFor(
            owner, thread.initialisers > 0 ? ObjectShadows::bornInInitialiser : ObjectShadows::new);
    remember(recent, entry);
    return entry;
  }

  /** The shadows of {@code array}'s elements. */
  ArrayShadows arrayShadows(ThreadAccesses thread, Object array) {
    WeakIdentityTable.Entry<ArrayShadows>[] recent = thread.recentArrays;
    for (WeakIdentityTable.Entry<ArrayShadows> entry : recent) {
      if (entry != null && entry.isOf(array)) {
        return entry.value();
      }
    }
    WeakIdentityTable.Entry<ArrayShadows> entry = arrays.entryOf(array);
    if (entry == null) {
      boolean born = thread.initialisers > 0;
      entry = arrays.entryFor(array, () -> ArrayShadows.of(array, born));
    }
    remember(recent, entry);
    return entry.value();
  }

  private static <V> void remember(
      WeakIdentityTable.Entry<V>[] recent, WeakIdentityTable.Entry<V> entry) {
    System.arraycopy(recent, 0, recent, 1, recent.length - 1);
    recent[0] = entry;
  }

  /** The shadow of a static field. */
  FieldShadow staticShadow(int field) {
    FieldShadow[] table = statics;
    if (field < table.length && table[field] != null) {
      return table[field];
    }
    return addStatic(field);
  }

  private synchronized FieldShadow addStatic(int field) {
    FieldShadow[] table = statics;
    if (field >= table.length) {
      table = Arrays.copyOf(table, Math.max(field + 1, table.length * 2));
    }
    if (table[field] == null) {
      table[field] = new FieldShadow();
    }
    statics = table; // published again: the slot is written before the volatile store
    return table[field];
  }
}
