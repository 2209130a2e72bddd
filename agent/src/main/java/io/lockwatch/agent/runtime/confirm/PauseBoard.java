package io.lockwatch.agent.runtime.confirm;

import java.util.ArrayList;
import java.util.List;

/**
 * The threads paused at steps right now. A thread that arrives completes a cycle when every other
 * step of it has a paused thread of its own: then all of them are let go together, each holding its
 * first lock and about to ask for the next, which is the deadlock if the program allows it. Guarded
 * by this object's monitor, the agent's own, never held while a thread pauses.
 */
final class PauseBoard {

  /** One paused thread; {@link #released} is set by the thread that completed its cycle. */
  static final class Pause {
    final long threadId;
    final WatchedEdge edge;
    volatile boolean released;

    Pause(long threadId, WatchedEdge edge) {
      this.threadId = threadId;
      this.edge = edge;
    }
  }

  private final List<Pause> paused = new ArrayList<>();

  /**
   * A thread pauses at {@code edge}; when that completes a cycle, every pause in it is released.
   */
  synchronized Pause arrive(long threadId, WatchedEdge edge) {
    Pause pause = new Pause(threadId, edge);
    paused.add(pause);
    for (WatchedCycle cycle : edge.cycles()) {
      List<Pause> cast = castFor(cycle, pause);
      if (cast != null) {
        for (Pause member : cast) {
          member.released = true;
        }
        break;
      }
    }
    return pause;
  }

  /** The pause is over, released or timed out. */
  synchronized void leave(Pause pause) {
    paused.remove(pause);
  }

  /**
   * One paused thread per step of {@code cycle}, each a different thread, {@code arriving} among
   * them; null when some step has none. Greedy, which is exact for two steps and close enough for
   * longer cycles (a missed cast only means the pauses run to their end).
   */
  private List<Pause> castFor(WatchedCycle cycle, Pause arriving) {
    List<Pause> cast = new ArrayList<>();
    boolean arrivingCast = false;
    for (WatchedEdge step : cycle.steps()) {
      Pause found = null;
      if (!arrivingCast && step == arriving.edge) {
        found = arriving;
        arrivingCast = true;
      } else {
        for (Pause candidate : paused) {
          if (candidate.edge == step
              && !candidate.released
              && candidate.threadId != arriving.threadId
              && !takenBy(cast, candidate)) {
            found = candidate;
            break;
          }
        }
      }
      if (found == null) {
        return null;
      }
      cast.add(found);
    }
    return arrivingCast ? cast : null;
  }

  private static boolean takenBy(List<Pause> cast, Pause candidate) {
    for (Pause member : cast) {
      if (member.threadId == candidate.threadId) {
        return true;
      }
    }
    return false;
  }
}
