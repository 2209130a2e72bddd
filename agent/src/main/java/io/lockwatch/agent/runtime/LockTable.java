package io.lockwatch.agent.runtime;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Consumer;

/**
 * Maps lock objects to their {@link LockNode}, by identity, without keeping them alive.
 *
 * <p>Reads are lock-free: a striped hash table of chains published through volatile slots and
 * links. Inserts, resizes and purges take the stripe's private monitor; a reader that raced with a
 * resize and missed falls through to the insert path, which looks again under the monitor, so a
 * lock never gets two nodes. Entries of collected locks are purged on the insert path and handed to
 * a listener, so the graph can drop nodes that can no longer take part in a cycle. Never calls
 * {@code hashCode}/{@code equals} of the lock objects.
 */
public final class LockTable {
  private static final int STRIPES = 64;

  private static final class Entry extends WeakReference<Object> {
    final int hash;
    final LockNode node;
    volatile Entry next;

    Entry(Object lock, int hash, LockNode node, Entry next, ReferenceQueue<Object> queue) {
      super(lock, queue);
      this.hash = hash;
      this.node = node;
      this.next = next;
    }
  }

  private static final class Stripe {
    volatile AtomicReferenceArray<Entry> table = new AtomicReferenceArray<>(16);
    int count;
  }

  private final Stripe[] stripes = new Stripe[STRIPES];
  private final ReferenceQueue<Object> collectedQueue = new ReferenceQueue<>();
  private final AtomicInteger nextId = new AtomicInteger(1);
  private final AtomicInteger live = new AtomicInteger();
  private final SiteRegistry sites;
  private final Consumer<LockNode> onCollected;

  /**
   * @param sites resolves the site where a lock is first seen
   * @param onCollected told about each node whose lock object was garbage collected
   */
  public LockTable(SiteRegistry sites, Consumer<LockNode> onCollected) {
    this.sites = sites;
    this.onCollected = onCollected;
    for (int i = 0; i < STRIPES; i++) {
      stripes[i] = new Stripe();
    }
  }

  /**
   * The node of {@code lock}, created on first sight. Computes the identity hash, so for monitors
   * it must run before {@code monitorenter} (DESIGN §2: hashing a held monitor inflates it).
   */
  public LockNode nodeFor(Object lock, byte kind, Class<?> type, int site) {
    int hash = System.identityHashCode(lock);
    Stripe stripe = stripes[stripeIndex(hash)];
    AtomicReferenceArray<Entry> table = stripe.table;
    for (Entry e = table.get(hash & (table.length() - 1)); e != null; e = e.next) {
      if (e.hash == hash && e.get() == lock) {
        return e.node;
      }
    }
    return insert(stripe, lock, hash, kind, type, site);
  }

  /** How many lock nodes were ever created. */
  public int created() {
    return nextId.get() - 1;
  }

  /** How many lock objects are tracked and still alive (approximately). */
  public int live() {
    return live.get();
  }

  private LockNode insert(Stripe stripe, Object lock, int hash, byte kind, Class<?> type, int site) {
    purgeCollected();
    synchronized (stripe) {
      AtomicReferenceArray<Entry> table = stripe.table;
      int slot = hash & (table.length() - 1);
      for (Entry e = table.get(slot); e != null; e = e.next) {
        if (e.hash == hash && e.get() == lock) {
          return e.node;
        }
      }
      LockNode node = new LockNode(nextId.getAndIncrement(), kind, type.getName(), sites.get(site));
      table.set(slot, new Entry(lock, hash, node, table.get(slot), collectedQueue));
      live.incrementAndGet();
      if (++stripe.count > table.length() * 3 / 4) {
        resize(stripe);
      }
      return node;
    }
  }

  /** Relinks every entry into a table twice the size. Caller holds the stripe monitor. */
  private static void resize(Stripe stripe) {
    AtomicReferenceArray<Entry> old = stripe.table;
    AtomicReferenceArray<Entry> bigger = new AtomicReferenceArray<>(old.length() * 2);
    for (int i = 0; i < old.length(); i++) {
      Entry e = old.get(i);
      while (e != null) {
        Entry next = e.next;
        int slot = e.hash & (bigger.length() - 1);
        e.next = bigger.get(slot);
        bigger.set(slot, e);
        e = next;
      }
    }
    stripe.table = bigger;
  }

  /** Drops entries whose lock object was collected and tells the listener about their nodes. */
  public void purgeCollected() {
    Object ref;
    while ((ref = collectedQueue.poll()) != null) {
      Entry dead = (Entry) ref;
      Stripe stripe = stripes[stripeIndex(dead.hash)];
      synchronized (stripe) {
        unlink(stripe, dead);
      }
      live.decrementAndGet();
      dead.node.markCollected();
      onCollected.accept(dead.node);
    }
  }

  private static void unlink(Stripe stripe, Entry dead) {
    AtomicReferenceArray<Entry> table = stripe.table;
    int slot = dead.hash & (table.length() - 1);
    Entry e = table.get(slot);
    if (e == dead) {
      table.set(slot, dead.next);
      stripe.count--;
      return;
    }
    while (e != null) {
      if (e.next == dead) {
        e.next = dead.next;
        stripe.count--;
        return;
      }
      e = e.next;
    }
  }

  private static int stripeIndex(int hash) {
    int h = hash * 0x9E3779B9;
    return (h >>> 26) & (STRIPES - 1);
  }
}
