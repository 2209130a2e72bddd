package io.lockwatch.agent.runtime.lockorder;

import java.util.Arrays;

/**
 * A small open-addressing set of longs for one thread's use: the lock-order chains this thread has
 * already validated. Zero is the empty marker, so callers never store zero. When it would grow past
 * {@code maxSize} it is cleared instead: forgetting a chain only costs one more validation.
 */
final class LongSet {
  private final int maxSize;
  private long[] slots = new long[64];
  private int size;

  LongSet(int maxSize) {
    this.maxSize = maxSize;
  }

  boolean contains(long key) {
    long[] table = slots;
    int mask = table.length - 1;
    int i = mix(key) & mask;
    while (true) {
      long k = table[i];
      if (k == key) {
        return true;
      }
      if (k == 0) {
        return false;
      }
      i = (i + 1) & mask;
    }
  }

  void add(long key) {
    if ((size + 1) * 2 > slots.length) {
      if (slots.length * 2 > maxSize * 2) {
        Arrays.fill(slots, 0);
        size = 0;
      } else {
        rehash(slots.length * 2);
      }
    }
    long[] table = slots;
    int mask = table.length - 1;
    int i = mix(key) & mask;
    while (table[i] != 0) {
      if (table[i] == key) {
        return;
      }
      i = (i + 1) & mask;
    }
    table[i] = key;
    size++;
  }

  int size() {
    return size;
  }

  private void rehash(int capacity) {
    long[] old = slots;
    slots = new long[capacity];
    size = 0;
    for (long k : old) {
      if (k != 0) {
        add(k);
      }
    }
  }

  private static int mix(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32));
  }
}
