package io.lockwatch.agent.runtime.race;

import io.lockwatch.agent.runtime.lockorder.ActingThreads;
import io.lockwatch.agent.runtime.lockorder.LockNode;
import io.lockwatch.agent.runtime.support.Frame;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The first race seen on each field (one report per field, not per object). Bounded. */
public final class RaceRecords {
  private static final int MAX = 10_000;

  /**
   * One side of a race.
   *
   * @param thread the accessing thread's name
   * @param site where the access is
   * @param locks the locks held at the access
   * @param stack the stack of the later access; null for the earlier one, of which only the site is
   *     known
   */
  public record Access(String thread, boolean write, int site, LockSet locks, List<Frame> stack) {}

  /**
   * A race: the earlier access, the later one, and whether this run really had them unordered.
   *
   * @param field the field's id in the {@link FieldRegistry} (for an array, its name's)
   * @param objectType the class of the object whose field it is (the array's class for an element),
   *     null for a static field
   * @param index the element's index for an array, -1 for a field
   * @param observed true when this run had the two accesses unordered, false when WCP predicts it
   *     (this run ordered them only through critical sections that did not conflict)
   * @param orderedBy for a predicted race, the lock through which this run ordered the later thread
   *     directly after the earlier access, when one did; null otherwise
   * @param laterActing the acting id of the later access's thread (see {@link ActingThreads}): its
   *     own id, or the id of the test it ran
   * @param earlierTest the test the earlier access's thread ran at that access, or null (none, or
   *     no longer known)
   */
  public record Race(
      int field,
      String objectType,
      int index,
      Access earlier,
      Access later,
      boolean observed,
      LockNode orderedBy,
      long laterActing,
      String earlierTest) {}

  private final Map<Integer, Race> races = new ConcurrentHashMap<>();
  private final ActingThreads acting;

  /** Races whose threads act as themselves. */
  public RaceRecords() {
    this(ActingThreads.REAL);
  }

  /** Races that remember which test each detecting thread ran, through {@code acting}. */
  public RaceRecords(ActingThreads acting) {
    this.acting = acting;
  }

  /** The acting id of the calling thread: asked only when a race is recorded. */
  long actingIdOfCurrent() {
    return acting.idOf(Thread.currentThread().getId());
  }

  boolean reported(int field) {
    return races.containsKey(field);
  }

  /** Keeps the race unless the field already has one; an observed race replaces a predicted one. */
  void record(Race race) {
    if (races.size() >= MAX) {
      return;
    }
    races.merge(
        race.field(), race, (old, fresh) -> !old.observed() && fresh.observed() ? fresh : old);
  }

  boolean reportedObserved(int field) {
    Race race = races.get(field);
    return race != null && race.observed();
  }

  /** The races recorded so far, one per field. */
  public List<Race> all() {
    return new ArrayList<>(races.values());
  }
}
