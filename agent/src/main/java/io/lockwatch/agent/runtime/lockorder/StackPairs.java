package io.lockwatch.agent.runtime.lockorder;

import io.lockwatch.agent.runtime.support.Frame;
import io.lockwatch.agent.runtime.support.SiteInfo;
import io.lockwatch.agent.runtime.support.SiteRegistry;
import io.lockwatch.agent.runtime.support.StackCapture;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stacks already captured for a pair of sites (held at, acquired at): a new edge between other lock
 * instances taken at the same places (a million short-lived locks, say) reuses them instead of
 * walking the stack again. Bounded.
 */
final class StackPairs {
  private static final int MAX_STACK_PAIRS = 100_000;

  private final SiteRegistry sites;
  private final Map<Long, List<List<Frame>>> bySites = new ConcurrentHashMap<>();

  StackPairs(SiteRegistry sites) {
    this.sites = sites;
  }

  /**
   * The stacks (acquired, held) already kept for this pair of sites, or null: a capture is costly,
   * so this is asked first.
   */
  List<List<Frame>> known(int heldSite, int toSite) {
    return bySites.get(pair(heldSite, toSite));
  }

  /** The stacks (acquired, held) of this pair, made from {@code acquiredStack} when not known. */
  List<List<Frame>> of(int heldSite, int toSite, List<Frame> acquiredStack) {
    long pair = pair(heldSite, toSite);
    List<List<Frame>> known = bySites.get(pair);
    if (known == null) {
      List<Frame> acquired = StackCapture.atSite(acquiredStack, sites.get(toSite));
      known = List.of(acquired, heldStackFrom(acquired, sites.get(heldSite)));
      if (bySites.size() < MAX_STACK_PAIRS) {
        bySites.putIfAbsent(pair, known);
      }
    }
    return known;
  }

  private static long pair(int heldSite, int toSite) {
    return ((long) heldSite << 32) | (toSite & 0xFFFFFFFFL);
  }

  /**
   * The stack at which the held lock was acquired, rebuilt from the current one: the frames from
   * the method that acquired it outwards, with that frame's line set to the acquisition's line.
   * When that method has returned since (a Lock held across methods), only the site is known.
   */
  static List<Frame> heldStackFrom(List<Frame> current, SiteInfo heldAt) {
    for (int i = 0; i < current.size(); i++) {
      Frame frame = current.get(i);
      if (frame.className().equals(heldAt.className()) && frame.method().equals(heldAt.method())) {
        List<Frame> rebuilt = new ArrayList<>(current.size() - i);
        rebuilt.add(new Frame(frame.className(), frame.method(), frame.file(), heldAt.line()));
        rebuilt.addAll(current.subList(i + 1, current.size()));
        return rebuilt;
      }
    }
    return List.of(heldAt.frame());
  }
}
