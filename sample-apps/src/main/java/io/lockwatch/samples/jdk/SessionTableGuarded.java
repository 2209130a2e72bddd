package io.lockwatch.samples.jdk;

import java.util.BitSet;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.NavigableSet;
import java.util.PriorityQueue;
import java.util.Queue;
import java.util.Set;
import java.util.TreeSet;
import java.util.WeakHashMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The fix for {@link SessionTableUnguarded}, at a real size and with threads that come and go: 64
 * short-lived threads, eight at a time, each opening and closing 200 sessions and looking at the
 * table after each, over the same seven collections. Updates take the table's write lock, looks its
 * read lock (many looks at once, never during an update), and the recent sessions are kept to the
 * 100 newest, the eldest removed through an iterator of the map's key set.
 *
 * <p>Lockwatch should find nothing: a read lock orders each look after the updates released before
 * it. (A read lock suits the weak map here only because every session is closed, and its entry
 * removed, before its key can be collected: a {@code WeakHashMap}'s reads expunge stale entries,
 * which is a write. The agent counts its {@code get} as a read.)
 */
public final class SessionTableGuarded {
  // @expect:none
  // @expect:twin(target=SessionTableUnguarded)
  // @expect:option(jdk=on)
  // @expect:summary(fieldAccesses>=1000)
  static final int THREADS = 64;
  static final int AT_ONCE = 8;
  static final int SESSIONS = 200;
  static final int LRU = 100;

  static final ReadWriteLock TABLE = new ReentrantReadWriteLock();
  static final Map<String, Long> RECENT = new LinkedHashMap<>();
  static final Map<Object, String> OWNERS = new WeakHashMap<>();
  static final Map<Object, Integer> HANDLES = new IdentityHashMap<>();
  static final Set<String> TAGS = new LinkedHashSet<>();
  static final NavigableSet<Long> DEADLINES = new TreeSet<>();
  static final Queue<Long> WAKEUPS = new PriorityQueue<>();
  static final BitSet SLOTS = new BitSet();

  private SessionTableGuarded() {}

  static void open(Object session, String id, int slot, long deadline) {
    TABLE.writeLock().lock();
    try {
      RECENT.put(id, deadline);
      if (RECENT.size() > LRU) {
        Iterator<String> eldest = RECENT.keySet().iterator();
        eldest.next();
        eldest.remove();
      }
      OWNERS.put(session, id);
      HANDLES.put(session, slot);
      TAGS.add(id);
      DEADLINES.add(deadline);
      WAKEUPS.add(deadline);
      SLOTS.set(slot);
    } finally {
      TABLE.writeLock().unlock();
    }
  }

  static void close(Object session, String id, int slot, long deadline) {
    TABLE.writeLock().lock();
    try {
      OWNERS.remove(session);
      HANDLES.remove(session);
      TAGS.remove(id);
      DEADLINES.remove(deadline);
      WAKEUPS.remove(deadline);
      SLOTS.clear(slot);
    } finally {
      TABLE.writeLock().unlock();
    }
  }

  static long look(Object session, int slot) {
    TABLE.readLock().lock();
    try {
      long seen = 0;
      for (String id : RECENT.keySet()) {
        seen += id.length();
      }
      seen += OWNERS.get(session) == null ? 0 : 1;
      seen += HANDLES.containsKey(session) ? 1 : 0;
      seen += TAGS.size();
      seen += DEADLINES.isEmpty() ? 0 : DEADLINES.first();
      seen += WAKEUPS.peek() == null ? 0 : 1;
      return seen + (SLOTS.get(slot) ? 1 : 0);
    } finally {
      TABLE.readLock().unlock();
    }
  }

  private static void serve(int worker, long[] seen) {
    for (int i = 0; i < SESSIONS; i++) {
      Object session = new Object();
      String id = "s-" + worker + "-" + i;
      int slot = worker * SESSIONS + i;
      long deadline = (long) worker * SESSIONS + i;
      open(session, id, slot, deadline);
      seen[worker] += look(session, slot);
      close(session, id, slot, deadline);
    }
  }

  public static void main(String[] args) throws InterruptedException {
    long[] seen = new long[THREADS];
    for (int first = 0; first < THREADS; first += AT_ONCE) {
      Thread[] batch = new Thread[AT_ONCE];
      for (int t = 0; t < AT_ONCE; t++) {
        int worker = first + t;
        batch[t] = new Thread(() -> serve(worker, seen), "session-" + worker);
      }
      Threads.runTogether(batch);
    }
    System.out.println("SessionTableGuarded: done, " + RECENT.size() + " recent sessions");
  }
}
