package io.lockwatch.agent.runtime;

import io.lockwatch.agent.runtime.race.RaceDetector;
import io.lockwatch.agent.runtime.race.ThreadAccesses;
import java.lang.ref.WeakReference;

/**
 * The reads of one thread's optimistic-read section of a {@code StampedLock}, held back from race
 * detection. {@code validate} ends the section and drops them either way: a valid stamp proves no
 * write intervened, and on an invalid one the program throws the values away. A section that ends
 * without {@code validate} (the thread acquires a {@code java.util.concurrent} lock, or opens
 * another section) has its reads checked then, so a forgotten validation is still a race. Fixed
 * arrays: no allocation per read. The objects read are held weakly (the race detector's own
 * entries), so a section never validated keeps none of them alive; a collected one is not checked.
 */
final class OptimisticReads {
  private static final int CAPACITY = 16;

  /** Weak references to the objects read, null for a static field. */
  @SuppressWarnings("unchecked")
  private final WeakReference<Object>[] owners = new WeakReference[CAPACITY];

  private final int[] fields = new int[CAPACITY];
  private final int[] sites = new int[CAPACITY];
  private boolean open;
  private int size;

  /** True while a section is open. */
  boolean open() {
    return open;
  }

  /** Opens a section. */
  void begin() {
    open = true;
  }

  /** Holds back a read; false when the section is full (the caller checks the read at once). */
  boolean defer(WeakReference<Object> owner, int field, int site) {
    if (size == CAPACITY) {
      return false;
    }
    owners[size] = owner;
    fields[size] = field;
    sites[size] = site;
    size++;
    return true;
  }

  /** {@code validate} ended the section: its reads are dropped. */
  void validated() {
    clear();
  }

  /** The section ended without {@code validate}: its reads are checked now. */
  void abandoned(RaceDetector races, ThreadAccesses accesses) {
    if (races != null) {
      for (int i = 0; i < size; i++) {
        Object owner = owners[i] == null ? null : owners[i].get();
        if (owner != null || owners[i] == null) {
          races.access(accesses, owner, fields[i], sites[i], false);
        }
      }
    }
    clear();
  }

  private void clear() {
    for (int i = 0; i < size; i++) {
      owners[i] = null;
    }
    size = 0;
    open = false;
  }
}
