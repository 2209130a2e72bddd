package io.lockwatch.agent.runtime.race;

import java.util.Arrays;

/**
 * The field shadows of one object, found by field id (objects have few watched fields), and whether
 * the object was first touched inside a class initialiser: such an object is reachable by other
 * threads only through what the initialiser publishes, so its initialisation is not racy.
 */
final class ObjectShadows {
  private volatile int[] ids = new int[0];
  private volatile FieldShadow[] shadows = new FieldShadow[0];
  final boolean bornInInitialiser;

  ObjectShadows() {
    this(false);
  }

  private ObjectShadows(boolean bornInInitialiser) {
    this.bornInInitialiser = bornInInitialiser;
  }

  /** The shadows of an object first touched while a class initialiser runs. */
  static ObjectShadows bornInInitialiser() {
    return new ObjectShadows(true);
  }

  FieldShadow get(int field) {
    int[] knownIds = ids;
    FieldShadow[] known = shadows;
    int n = Math.min(knownIds.length, known.length);
    for (int i = 0; i < n; i++) {
      if (knownIds[i] == field) {
        return known[i];
      }
    }
    return add(field);
  }

  private synchronized FieldShadow add(int field) {
    for (int i = 0; i < ids.length; i++) {
      if (ids[i] == field) {
        return shadows[i];
      }
    }
    FieldShadow shadow = new FieldShadow();
    FieldShadow[] grownShadows = Arrays.copyOf(shadows, shadows.length + 1);
    grownShadows[shadows.length] = shadow;
    int[] grownIds = Arrays.copyOf(ids, ids.length + 1);
    grownIds[ids.length] = field;
    shadows = grownShadows; // shadows first: a reader sizes by the shorter of the two
    ids = grownIds;
    return shadow;
  }
}
