package io.lockwatch.agent.runtime.lockorder;

import io.lockwatch.agent.runtime.support.CallerSites;
import io.lockwatch.agent.runtime.support.Frame;
import io.lockwatch.agent.runtime.support.RuntimeCounters;
import io.lockwatch.agent.runtime.support.SiteRegistry;
import io.lockwatch.agent.runtime.support.StackCapture;
import java.util.Arrays;
import java.util.List;

/**
 * The slow path of an acquisition: a chain of held locks this thread has not taken before becomes
 * facts, one per distinct held lock, with the stacks of the first sighting. {@link
 * LockOrderRecorder} keeps the fast path (the per-thread chain cache) and calls here on a miss.
 */
public final class NewChains {
  private final SiteRegistry sites;
  private final LockOrderFacts facts;
  private final LockClassOrder classOrder;
  private final RuntimeCounters counters;
  private final StackCapture stacks;
  private final ActingThreads acting;
  private final StackPairs stackPairs;

  /**
   * @param sites resolves the site where a held lock was taken, for its stack
   * @param facts where new orders between lock objects go
   * @param classOrder where new orders between lock classes go
   * @param counters counts new chains
   * @param stacks captures the stack of a new edge
   * @param acting the id each thread's new facts are recorded under (its own, or its test's)
   */
  public NewChains(
      SiteRegistry sites,
      LockOrderFacts facts,
      LockClassOrder classOrder,
      RuntimeCounters counters,
      StackCapture stacks,
      ActingThreads acting) {
    this.sites = sites;
    this.facts = facts;
    this.classOrder = classOrder;
    this.counters = counters;
    this.stacks = stacks;
    this.acting = acting;
    this.stackPairs = new StackPairs(sites);
  }

  /**
   * A chain this thread has not taken before. Adds one fact per distinct held lock: to the
   * lock-class facts always, to the instance facts when the acquisition can block (a {@code
   * tryLock()} or a first acquisition cannot, and never closes a deadlock between objects). {@code
   * stack} is the thread's stack when already known (the watchdog's), else null.
   */
  void record(
      ThreadLocks thread,
      String threadName,
      List<Frame> stack,
      LockNode to,
      int toSite,
      byte toShare,
      byte wait) {
    counters.newChains.increment();
    long actingId = acting.idOf(thread.threadId);
    HeldLocks held = thread.held;
    // A lock taken inside the JDK is reported at the application call that led there, found on
    // the whole stack (the frames kept for the report are the innermost ones of it).
    List<Frame> wholeStack = null;
    int acquiredAt = toSite;
    if (CallerSites.isJdkSite(sites, toSite)) {
      wholeStack = stack != null ? stack : stacks.capture(CallerSites.DEPTH);
      acquiredAt = CallerSites.resolve(sites, toSite, wholeStack);
      if (acquiredAt == CallerSites.NOT_APPLICATION) {
        return;
      }
    }
    int[] gates = exclusiveHeld(held);
    int[] gateClasses = gateClasses(held);
    LockNode[] heldNodes = held.distinctNodes();
    boolean blocks = wait == LockWaits.BLOCKING || wait == LockWaits.TIMED;
    List<Frame> acquiredStack = stack;
    for (int i = 0; i < held.depth; i++) {
      LockNode from = held.nodes[i];
      if ((held.flags[i] & HeldLocks.REENTRANT) != 0 || from.signal()) {
        continue;
      }
      int heldAt = held.sites[i];
      if (CallerSites.isJdkSite(sites, heldAt)) {
        if (wholeStack == null) {
          wholeStack = stack != null ? stack : stacks.capture(CallerSites.DEPTH);
        }
        heldAt = CallerSites.resolve(sites, heldAt, wholeStack);
        if (heldAt == CallerSites.NOT_APPLICATION) {
          continue;
        }
      }
      int permits = held.countAt(i);
      LockClassOrder.Shape shape =
          new LockClassOrder.Shape(
              from.lockClass(),
              to.lockClass(),
              heldAt,
              acquiredAt,
              held.shares[i],
              toShare,
              wait,
              gateClasses);
      LockClassOrder.Entry newShape = classOrder.record(shape, actingId, threadName, permits);
      EdgeVariant variant =
          blocks
              ? facts.record(
                  from,
                  to,
                  new EdgeVariant.Shape(heldAt, acquiredAt, held.shares[i], toShare, wait),
                  gates,
                  heldNodes,
                  actingId,
                  threadName,
                  permits)
              : null;
      if (variant != null || newShape != null) {
        List<List<Frame>> known = stackPairs.known(heldAt, acquiredAt);
        if (known == null) {
          if (acquiredStack == null) {
            acquiredStack =
                wholeStack == null
                    ? stacks.capture()
                    : List.copyOf(
                        wholeStack.subList(0, Math.min(stacks.depth(), wholeStack.size())));
          }
          known = stackPairs.of(heldAt, acquiredAt, acquiredStack);
        }
        if (variant != null) {
          variant.setStacksFrom(known.get(0), known.get(1));
        }
        if (newShape != null) {
          newShape.setStacks(known.get(1), known.get(0));
        }
      }
    }
  }

  /** Ids of the exclusively held locks, sorted: the gates of an edge. */
  private static int[] exclusiveHeld(HeldLocks held) {
    int[] ids = new int[held.depth];
    int n = 0;
    for (int i = 0; i < held.depth; i++) {
      if (isGate(held, i)) {
        ids[n++] = held.nodes[i].id();
      }
    }
    int[] gates = Arrays.copyOf(ids, n);
    Arrays.sort(gates);
    return gates;
  }

  /** Lock classes of the exclusively held locks, sorted and distinct. */
  private static int[] gateClasses(HeldLocks held) {
    int[] ids = new int[held.depth];
    int n = 0;
    for (int i = 0; i < held.depth; i++) {
      if (isGate(held, i)) {
        ids[n++] = held.nodes[i].lockClass();
      }
    }
    return Arrays.stream(ids, 0, n).distinct().sorted().toArray();
  }

  private static boolean isGate(HeldLocks held, int i) {
    return (held.flags[i] & HeldLocks.REENTRANT) == 0
        && held.shares[i] != HeldLocks.READ
        && !held.nodes[i].signal();
  }
}
