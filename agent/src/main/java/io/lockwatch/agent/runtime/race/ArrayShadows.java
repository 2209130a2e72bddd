package io.lockwatch.agent.runtime.race;

import java.lang.reflect.Array;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The shadows of one array's elements, in chunks of {@link #CHUNK} elements created on first touch.
 * A chunk starts with one shadow shared by the elements touched so far, valid while they all have
 * the same history (one thread filling the chunk in one epoch, from one site, under the same locks:
 * an array being initialised, a buffer being filled); the first access that would make one element
 * differ splits the chunk into one shadow per element, each a copy of the shared one. So an array
 * costs a shadow per element only where its elements really lead different lives, and the detection
 * is exactly per element: disjoint slices written by different threads never race.
 *
 * <p>Also remembers the best name known for the array (a field that holds it beats its allocation
 * site, which beats the method that touched it), and whether it was first touched inside a class
 * initialiser.
 */
final class ArrayShadows {
  static final int CHUNK = 64;
  private static final int CHUNK_BITS = 6;

  /** One chunk: a shared shadow and the elements it stands for, or one shadow per element. */
  static final class Chunk {
    final FieldShadow shared = new FieldShadow();

    /** Bit {@code i}: element {@code i} of the chunk was touched; written under this chunk. */
    volatile long touched;

    /** Non-null once split: element {@code i}'s own shadow (null while untouched). */
    volatile FieldShadow[] elements;
  }

  final int length;
  final boolean bornInInitialiser;
  private final AtomicReferenceArray<Chunk> chunks;

  /** The field-registry id of the best name known for the array; raced on, any value is fine. */
  volatile int name;

  private ArrayShadows(int length, boolean bornInInitialiser) {
    this.length = length;
    this.bornInInitialiser = bornInInitialiser;
    this.chunks = new AtomicReferenceArray<>((length + CHUNK - 1) >>> CHUNK_BITS);
  }

  static ArrayShadows of(Object array, boolean bornInInitialiser) {
    return new ArrayShadows(Array.getLength(array), bornInInitialiser);
  }

  /** The chunk of element {@code index} (which must be below {@link #length}). */
  Chunk chunk(int index) {
    int i = index >>> CHUNK_BITS;
    Chunk chunk = chunks.get(i);
    if (chunk == null) {
      chunk = new Chunk();
      if (!chunks.compareAndSet(i, null, chunk)) {
        chunk = chunks.get(i);
      }
    }
    return chunk;
  }

  /** Element {@code index}'s bit in its chunk. */
  static long bit(int index) {
    return 1L << (index & (CHUNK - 1));
  }

  /**
   * Makes {@code chunk} one shadow per element (caller holds its monitor): every touched element
   * gets a copy of the shared history.
   */
  static FieldShadow[] split(Chunk chunk) {
    FieldShadow[] elements = new FieldShadow[CHUNK];
    for (long rest = chunk.touched; rest != 0; rest &= rest - 1) {
      elements[Long.numberOfTrailingZeros(rest)] = chunk.shared.copy();
    }
    chunk.elements = elements;
    return elements;
  }
}
