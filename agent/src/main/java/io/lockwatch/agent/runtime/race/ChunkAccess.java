package io.lockwatch.agent.runtime.race;

/**
 * The rules of {@link ArrayShadows}' chunks: which shadow an element access goes to, and when a
 * chunk stops sharing one shadow. Chunk changes happen under the chunk's monitor; once split, each
 * element's shadow is updated like a field's.
 */
final class ChunkAccess {
  private ChunkAccess() {}

  /** The element's own shadow once its chunk is split (created on first use), else null. */
  static FieldShadow ownShadow(ArrayShadows.Chunk chunk, int index) {
    FieldShadow[] elements = chunk.elements;
    if (elements == null) {
      return null;
    }
    FieldShadow own = elements[index & (ArrayShadows.CHUNK - 1)];
    if (own != null) {
      return own;
    }
    synchronized (chunk) {
      return created(chunk.elements, index);
    }
  }

  /**
   * An access to an element of a chunk that still shares one shadow: null when the shared shadow
   * took it (this element is the only one so far, or it ends up with exactly the shared history),
   * else the element's own shadow, after splitting the chunk, for the caller to update.
   */
  static FieldShadow shared(
      FastTrack fastTrack,
      ThreadAccesses thread,
      Object array,
      int name,
      ArrayShadows.Chunk chunk,
      int index,
      int site,
      boolean write,
      long epoch) {
    long bit = ArrayShadows.bit(index);
    FieldShadow shared = chunk.shared;
    if ((chunk.touched & bit) != 0 && sameEpoch(shared, write, epoch)) {
      return null;
    }
    synchronized (chunk) {
      if (chunk.elements != null) {
        return created(chunk.elements, index);
      }
      long touched = chunk.touched;
      if (touched == 0 || touched == bit) {
        chunk.touched = bit; // the only element touched: the shared shadow is its own
        fastTrack.update(thread, array, name, index, site, write, shared, epoch);
        return null;
      }
      if ((touched & bit) != 0) {
        if (sameEpoch(shared, write, epoch)) {
          return null;
        }
      } else if (fastTrack.firstAccessGives(thread, shared, site, write, epoch)) {
        chunk.touched = touched | bit;
        return null;
      }
      FieldShadow[] elements = ArrayShadows.split(chunk);
      chunk.touched = touched | bit;
      return created(elements, index);
    }
  }

  private static boolean sameEpoch(FieldShadow shadow, boolean write, long epoch) {
    return shadow.write() == epoch || (!write && shadow.read() == epoch);
  }

  /** The element's shadow in a split chunk, created if absent (caller holds the chunk). */
  private static FieldShadow created(FieldShadow[] elements, int index) {
    int i = index & (ArrayShadows.CHUNK - 1);
    FieldShadow own = elements[i];
    if (own == null) {
      own = new FieldShadow();
      elements[i] = own;
    }
    return own;
  }
}
