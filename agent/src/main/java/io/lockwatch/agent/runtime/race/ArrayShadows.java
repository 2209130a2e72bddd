package io.lockwatch.agent.runtime.race;

import java.lang.reflect.Array;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The shadows of one array's elements, in chunks of {@link #CHUNK} elements created on first touch.
 * A chunk shares its shadows among elements that lead the same life, and gives an element a shadow
 * of its own the first time its life differs; so an array costs a shadow per element only where its
 * elements really lead different lives, and the detection is exactly per element: disjoint slices
 * written by different threads never race.
 *
 * <p>What "the same life" is: one thread goes over the chunk in one epoch, and does to each element
 * the same one or two accesses (a read and a write, {@code a[i] = a[i] * 31 + k}) from the same
 * sites under the same locks, with the same clock (nothing learned between): FastTrack's update is
 * a function of the history and the access, so elements with one history before such a sweep have
 * one history after it. The chunk therefore keeps a <em>sweep</em>: the history of the elements it
 * has not reached yet ({@link Chunk#base}), the history after its first step ({@link
 * Chunk#halfway}) and after all of it ({@link Chunk#shared}), and which elements are where; the
 * first element of a sweep is checked and updated, the others only compared with it. BigFoot
 * (Rhodes, Flanagan and Freund, PLDI 2017) coalesces checks of array ranges the same way,
 * statically; this does it at run time.
 *
 * <p>Also remembers the best name known for the array (a field that holds it beats its allocation
 * site, which beats the method that touched it), and whether it was first touched inside a class
 * initialiser.
 */
final class ArrayShadows {
  static final int CHUNK = 64;
  private static final int CHUNK_BITS = 6;

  /**
   * One chunk: the sweep's state, and the elements that left it for a shadow of their own. Changes
   * happen under the chunk's monitor; the lock-free path reads only the volatile fields.
   */
  static final class Chunk {
    /** The history of the elements in {@link #done}. */
    final FieldShadow shared = new FieldShadow();

    /** The elements with a history that still share the chunk's shadows. */
    volatile long touched;

    /** The elements that took every step of the current sweep. */
    volatile long done;

    /** The elements that took its first step only (the sweep has two). */
    long half;

    /** Their history; valid while {@link #half} is not empty (kept from sweep to sweep). */
    FieldShadow halfway;

    /** The history of the touched elements the sweep has not reached (kept from sweep to sweep). */
    FieldShadow base;

    /** Whether the elements the sweep has not reached have no history (then base is unused). */
    boolean baseEmpty = true;

    /** The sweep's steps, as its first element took them. */
    final Sweep sweep = new Sweep();

    /** The elements with a shadow of their own, in {@link #elements}. */
    volatile long own;

    /** Element {@code i}'s own shadow, where bit {@code i} of {@link #own} is set; made lazily. */
    volatile FieldShadow[] elements;
  }

  /** The one or two accesses of a sweep, all at one epoch and one clock. */
  static final class Sweep {
    int steps;
    long epoch;
    long knowledge;
    final boolean[] write = new boolean[2];
    final int[] site = new int[2];
    final Object[] locks = new Object[2];

    /** Whether an access is the sweep's step {@code step}. */
    boolean is(int step, long epoch, long knowledge, boolean write, int site, Object locks) {
      return step < steps
          && this.epoch == epoch
          && this.knowledge == knowledge
          && this.write[step] == write
          && this.site[step] == site
          && this.locks[step] == locks;
    }

    /** Records an access as step {@code step} (0 starts a new sweep). */
    void take(int step, long epoch, long knowledge, boolean write, int site, Object locks) {
      steps = step + 1;
      this.epoch = epoch;
      this.knowledge = knowledge;
      this.write[step] = write;
      this.site[step] = site;
      this.locks[step] = locks;
    }
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
   * Gives element {@code index} a shadow of its own, with the history of where it stands in the
   * sweep (caller holds the chunk's monitor), and returns it.
   */
  static FieldShadow detach(Chunk chunk, int index) {
    long bit = bit(index);
    FieldShadow history = null;
    if ((chunk.done & bit) != 0) {
      history = chunk.shared;
    } else if ((chunk.half & bit) != 0) {
      history = chunk.halfway;
    } else if ((chunk.touched & bit) != 0) {
      history = chunk.base;
    }
    FieldShadow[] elements = chunk.elements;
    if (elements == null) {
      elements = new FieldShadow[CHUNK];
    }
    FieldShadow own = history == null ? new FieldShadow() : history.copy();
    elements[index & (CHUNK - 1)] = own;
    chunk.elements = elements; // published before the bit that sends readers there
    chunk.touched &= ~bit;
    chunk.done &= ~bit;
    chunk.half &= ~bit;
    chunk.own |= bit;
    return own;
  }
}
