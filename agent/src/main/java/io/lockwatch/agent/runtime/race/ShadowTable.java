package io.lockwatch.agent.runtime.race;

import io.lockwatch.agent.runtime.support.WeakIdentityTable;
import java.util.Arrays;

/**
 * Where shadows live: per object (by identity, not keeping it alive) for instance fields and array
 * elements, by field id for static fields. A small per-thread cache of the last objects (and
 * arrays) used skips the identity lookup and its hashing when a thread touches the same objects
 * again, which loops do all the time.
 */
final class ShadowTable {
  private final WeakIdentityTable<ObjectShadows> objects = new WeakIdentityTable<>(s -> {});
  private final WeakIdentityTable<ArrayShadows> arrays = new WeakIdentityTable<>(s -> {});
  private volatile FieldShadow[] statics = new FieldShadow[256];

  /** The shadows of {@code owner}'s fields. */
  ObjectShadows objectShadows(ThreadAccesses thread, Object owner) {
    Object[] owners = thread.shadowOwners;
    for (int i = 0; i < owners.length; i++) {
      if (owners[i] == owner) {
        return thread.shadowsOfOwners[i];
      }
    }
    ObjectShadows shadows =
        objects.computeIfAbsent(
            owner, thread.initialisers > 0 ? ObjectShadows::bornInInitialiser : ObjectShadows::new);
    System.arraycopy(owners, 0, owners, 1, owners.length - 1);
    System.arraycopy(thread.shadowsOfOwners, 0, thread.shadowsOfOwners, 1, owners.length - 1);
    owners[0] = owner;
    thread.shadowsOfOwners[0] = shadows;
    return shadows;
  }

  /** The shadows of {@code array}'s elements. */
  ArrayShadows arrayShadows(ThreadAccesses thread, Object array) {
    Object[] known = thread.arrays;
    for (int i = 0; i < known.length; i++) {
      if (known[i] == array) {
        return thread.shadowsOfArrays[i];
      }
    }
    ArrayShadows shadows = arrays.get(array);
    if (shadows == null) {
      boolean born = thread.initialisers > 0;
      shadows = arrays.computeIfAbsent(array, () -> ArrayShadows.of(array, born));
    }
    System.arraycopy(known, 0, known, 1, known.length - 1);
    System.arraycopy(thread.shadowsOfArrays, 0, thread.shadowsOfArrays, 1, known.length - 1);
    known[0] = array;
    thread.shadowsOfArrays[0] = shadows;
    return shadows;
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
