package io.lockwatch.agent.runtime.race;

import io.lockwatch.agent.runtime.support.WeakIdentityTable;
import java.util.Arrays;

/**
 * Where field shadows live: per object (by identity, not keeping it alive) for instance fields, by
 * field id for static ones. A small per-thread cache of the last objects used skips the identity
 * lookup (and its hashing) when a thread touches the same objects again, which loops do all the
 * time.
 */
final class ShadowTable {
  private final WeakIdentityTable<ObjectShadows> objects = new WeakIdentityTable<>(s -> {});
  private volatile FieldShadow[] statics = new FieldShadow[256];

  FieldShadow shadowFor(ThreadAccesses thread, Object owner, int field) {
    if (owner == null) {
      return staticShadow(field);
    }
    Object[] owners = thread.shadowOwners;
    for (int i = 0; i < owners.length; i++) {
      if (owners[i] == owner) {
        return thread.shadowsOfOwners[i].get(field);
      }
    }
    ObjectShadows shadows = objects.computeIfAbsent(owner, ObjectShadows::new);
    System.arraycopy(owners, 0, owners, 1, owners.length - 1);
    System.arraycopy(thread.shadowsOfOwners, 0, thread.shadowsOfOwners, 1, owners.length - 1);
    owners[0] = owner;
    thread.shadowsOfOwners[0] = shadows;
    return shadows.get(field);
  }

  private FieldShadow staticShadow(int field) {
    FieldShadow[] table = statics;
    if (field < table.length && table[field] != null) {
      return table[field];
    }
    return addStatic(field);
  }

  private synchronized FieldShadow addStatic(int field) {
    if (field >= statics.length) {
      statics = Arrays.copyOf(statics, Math.max(field + 1, statics.length * 2));
    }
    if (statics[field] == null) {
      statics[field] = new FieldShadow();
    }
    return statics[field];
  }
}
