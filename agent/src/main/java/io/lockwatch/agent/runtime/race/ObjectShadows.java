package io.lockwatch.agent.runtime.race;

import java.util.Arrays;

/** The field shadows of one object, found by field id (objects have few watched fields). */
final class ObjectShadows {
  private volatile int[] ids = new int[0];
  private volatile FieldShadow[] shadows = new FieldShadow[0];

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
