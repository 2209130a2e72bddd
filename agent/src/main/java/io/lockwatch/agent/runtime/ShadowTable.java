package io.lockwatch.agent.runtime;

import java.util.Arrays;

/**
 * Where field shadows live: per object (by identity, not keeping it alive) for instance fields,
 * by field id for static ones. A one-entry per-thread cache skips the identity lookup when a
 * thread touches the same object again, which loops do all the time.
 */
public final class ShadowTable {
  private final WeakIdentityTable<ObjectShadows> objects = new WeakIdentityTable<>(s -> {});
  private volatile FieldShadow[] statics = new FieldShadow[256];

  FieldShadow shadowFor(ThreadState thread, Object owner, int field) {
    if (owner == null) {
      return staticShadow(field);
    }
    ObjectShadows shadows;
    if (thread.lastShadowOwner == owner) {
      shadows = thread.lastShadows;
    } else {
      shadows = objects.computeIfAbsent(owner, ObjectShadows::new);
      thread.lastShadowOwner = owner;
      thread.lastShadows = shadows;
    }
    return shadows.get(field);
  }

  /** Objects with shadow state still alive. */
  public int liveObjects() {
    return objects.live();
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
