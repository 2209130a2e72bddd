package io.lockwatch.agent.runtime.race;

/**
 * The rules of {@link ArrayShadows}' chunks: which shadow an element access goes to, when it joins
 * the chunk's sweep and when it leaves for a shadow of its own. Chunk changes happen under the
 * chunk's monitor; an element's own shadow is updated like a field's.
 */
final class ChunkAccess {
  /** The history of an element never touched; never changed. */
  private static final FieldShadow NO_HISTORY = new FieldShadow();

  private ChunkAccess() {}

  /** The element's own shadow, or null while it shares the chunk's. */
  static FieldShadow ownShadow(ArrayShadows.Chunk chunk, int index) {
    if ((chunk.own & ArrayShadows.bit(index)) == 0) {
      return null;
    }
    return chunk.elements[index & (ArrayShadows.CHUNK - 1)];
  }

  /**
   * An access to an element that still shares its chunk's shadows: null when the chunk's sweep took
   * it (see {@link ArrayShadows}), else the element's own shadow, which it now has, for the caller
   * to update.
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
    if ((chunk.done & bit) != 0 && chunk.shared.knows(epoch, write)) {
      return null;
    }
    synchronized (chunk) {
      if ((chunk.own & bit) != 0) {
        return ownShadow(chunk, index); // left the sweep meanwhile
      }
      Object locks = thread.lockSet();
      long knowledge = thread.clock.knowledge();
      boolean coalesce = !fastTrack.predicts(); // WCP's rule (a) has per-access side effects
      ArrayShadows.Sweep sweep = chunk.sweep;
      long touched = chunk.touched;
      if (touched == 0) {
        chunk.shared.assign(NO_HISTORY); // what was shared, if anything, left with its elements
        return begin(fastTrack, thread, array, name, chunk, index, site, write, epoch);
      }
      if ((chunk.done & bit) != 0) {
        if (chunk.shared.knows(epoch, write)) {
          return null;
        }
        if (coalesce && sweep.steps == 1 && sweep.epoch == epoch && chunk.half == 0) {
          // the sweep's second step: those that took only the first are halfway now
          chunk.halfway = reuse(chunk.halfway, chunk.shared);
          chunk.half = chunk.done & ~bit;
          chunk.done = bit;
          sweep.take(1, epoch, knowledge, write, site, locks);
          fastTrack.update(thread, array, name, index, site, write, chunk.shared, epoch);
          return null;
        }
        if (coalesce && sweep.epoch != epoch && chunk.done == touched) {
          return begin(fastTrack, thread, array, name, chunk, index, site, write, epoch);
        }
      } else if ((chunk.half & bit) != 0) {
        if (chunk.halfway.knows(epoch, write)) {
          return null;
        }
        if (sweep.is(1, epoch, knowledge, write, site, locks)) {
          chunk.half &= ~bit;
          chunk.done |= bit;
          return null;
        }
      } else if ((touched & bit) != 0 || chunk.baseEmpty) {
        // not reached by the sweep yet, with the history the sweep started from
        if (!chunk.baseEmpty && chunk.base.knows(epoch, write)) {
          return null;
        }
        if (coalesce && sweep.is(0, epoch, knowledge, write, site, locks)) {
          chunk.touched = touched | bit;
          if (sweep.steps == 1) {
            chunk.done |= bit;
          } else {
            chunk.half |= bit;
          }
          return null;
        }
        if (coalesce && (touched & bit) != 0 && chunk.done == 0 && chunk.half == 0) {
          // every element that took the sweep left it: start over from where the rest stand
          chunk.shared.assign(chunk.base);
          chunk.done = touched;
          return begin(fastTrack, thread, array, name, chunk, index, site, write, epoch);
        }
      }
      if ((touched & bit) == 0
          && sweep.steps == 1
          && chunk.half == 0
          && fastTrack.firstAccessGives(thread, chunk.shared, site, write, epoch)) {
        chunk.touched = touched | bit;
        chunk.done |= bit;
        return null;
      }
      return ArrayShadows.detach(chunk, index);
    }
  }

  /**
   * Starts a sweep with this access (caller holds the chunk): the element is checked and updated on
   * the shared shadow; the other touched elements keep the history before, as the base.
   */
  private static FieldShadow begin(
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
    long others = chunk.touched & ~bit;
    chunk.baseEmpty = others == 0;
    if (others != 0) {
      chunk.base = reuse(chunk.base, chunk.shared);
    }
    chunk.half = 0;
    chunk.done = bit;
    chunk.touched |= bit;
    chunk.sweep.take(0, epoch, thread.clock.knowledge(), write, site, thread.lockSet());
    fastTrack.update(thread, array, name, index, site, write, chunk.shared, epoch);
    return null;
  }

  /** {@code kept} (made if null) as a copy of {@code from}: no allocation from sweep to sweep. */
  private static FieldShadow reuse(FieldShadow kept, FieldShadow from) {
    return kept == null ? from.copy() : kept.assign(from);
  }
}
