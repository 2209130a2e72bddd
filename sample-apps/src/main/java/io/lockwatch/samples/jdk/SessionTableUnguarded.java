package io.lockwatch.samples.jdk;

import java.util.BitSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.NavigableSet;
import java.util.PriorityQueue;
import java.util.Queue;
import java.util.Set;
import java.util.TreeSet;
import java.util.WeakHashMap;

/**
 * A session table kept in seven collections that are not thread-safe: the recent sessions in a
 * {@code LinkedHashMap} (read through its {@code keySet()} view), owners in a {@code WeakHashMap},
 * open handles in an {@code IdentityHashMap}, tags in a {@code LinkedHashSet}, deadlines in a
 * {@code TreeSet}, wake-ups in a {@code PriorityQueue} and the used slots in a {@code BitSet}. The
 * table is updated in a {@code synchronized} method and looked at, by another thread, in a method
 * that takes no lock: a look that overlaps an update can see any of them half-changed.
 *
 * <p>Lockwatch should report seven unguarded fields, one per collection, each named by the field
 * that holds it and its type. The fix is {@link SessionTableGuarded}.
 */
public final class SessionTableUnguarded {
  // @expect:race(field="SessionTableUnguarded.RECENT (java.util.LinkedHashMap)",observed=true)
  // @expect:race(field="SessionTableUnguarded.OWNERS (java.util.WeakHashMap)",observed=true)
  // @expect:race(field="SessionTableUnguarded.HANDLES (java.util.IdentityHashMap)",observed=true)
  // @expect:race(field="SessionTableUnguarded.TAGS (java.util.LinkedHashSet)",observed=true)
  // @expect:race(field="SessionTableUnguarded.DEADLINES (java.util.TreeSet)",observed=true)
  // @expect:race(field="SessionTableUnguarded.WAKEUPS (java.util.PriorityQueue)",observed=true)
  // @expect:race(field="SessionTableUnguarded.SLOTS (java.util.BitSet)",observed=true)
  // @expect:option(jdk=on)
  // @expect:summary(fieldAccesses>=14)
  static final Map<String, Long> RECENT = new LinkedHashMap<>();
  static final Map<Object, String> OWNERS = new WeakHashMap<>();
  static final Map<Object, Integer> HANDLES = new IdentityHashMap<>();
  static final Set<String> TAGS = new LinkedHashSet<>();
  static final NavigableSet<Long> DEADLINES = new TreeSet<>();
  static final Queue<Long> WAKEUPS = new PriorityQueue<>();
  static final BitSet SLOTS = new BitSet();

  /** The session's key object: strongly held, so the weak map keeps its entry. */
  static final Object SESSION = new Object();

  private SessionTableUnguarded() {}

  static synchronized void open(String id, int slot, long deadline) {
    RECENT.put(id, deadline); // @expect:race-write(thread=opener,locks=SessionTableUnguarded,
    //     field="SessionTableUnguarded.RECENT (java.util.LinkedHashMap)")
    OWNERS.put(SESSION, id);
    HANDLES.put(SESSION, slot);
    TAGS.add(id);
    DEADLINES.add(deadline);
    WAKEUPS.add(deadline);
    SLOTS.set(slot);
  }

  /** Looks at every collection without the lock that guards their updates. */
  static long look(int slot) {
    long seen = RECENT.keySet().iterator().hasNext() ? 1 : 0; // @expect:race-read(thread=looker,
    //     locks=none,field="SessionTableUnguarded.RECENT (java.util.LinkedHashMap)")
    seen += OWNERS.get(SESSION) == null ? 0 : 1;
    seen += HANDLES.containsKey(SESSION) ? 1 : 0;
    seen += TAGS.size();
    seen += DEADLINES.isEmpty() ? 0 : DEADLINES.first();
    seen += WAKEUPS.peek() == null ? 0 : 1;
    return seen + (SLOTS.get(slot) ? 1 : 0);
  }

  public static void main(String[] args) throws InterruptedException {
    long[] seen = new long[1];
    Thread opener = new Thread(() -> open("s-1", 3, 1_000L), "opener");
    Thread looker =
        new Thread(
            () -> {
              Threads.pause(20);
              seen[0] = look(3);
            },
            "looker");
    Threads.runTogether(opener, looker);
    System.out.println("SessionTableUnguarded: done, saw " + seen[0]);
  }
}
