package io.lockwatch.agent.runtime;

import io.lockwatch.report.model.Site;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The first race seen on each field (one report per field, not per object). Bounded. */
public final class RaceRecords {
  private static final int MAX = 10_000;

  /** One side of a race. {@code stack} is only the site for the earlier access. */
  public record Access(String thread, boolean write, int site, LockNode[] locks, List<Site> stack) {}

  /** A race: the earlier access, the later one, and whether this run really had them unordered. */
  public record Race(int field, String objectType, Access earlier, Access later, boolean observed) {}

  private final Map<Integer, Race> races = new ConcurrentHashMap<>();

  boolean reported(int field) {
    return races.containsKey(field);
  }

  /** Keeps the race unless the field already has one; an observed race replaces a predicted one. */
  void record(Race race) {
    if (races.size() >= MAX) {
      return;
    }
    races.merge(race.field(), race, (old, fresh) -> !old.observed() && fresh.observed() ? fresh : old);
  }

  boolean reportedObserved(int field) {
    Race race = races.get(field);
    return race != null && race.observed();
  }

  public List<Race> all() {
    return new ArrayList<>(races.values());
  }
}
