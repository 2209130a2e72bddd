package io.lockwatch.agent.runtime.support;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A concurrent map from objects, by identity, to values, that does not keep the objects alive.
 *
 * <p>Reads are lock-free: a striped hash table of chains published through volatile slots and
 * links. Inserts, resizes and purges take the stripe's private monitor; a reader that raced with a
 * resize and missed falls through to the insert path, which looks again under the monitor, so a key
 * never gets two values. Values of collected keys are purged on the insert path and handed to a
 * listener. Never calls {@code hashCode}/{@code equals} of the keys.
 *
 * @param <V> the value type
 */
public final class WeakIdentityTable<V> {
  private static final int STRIPES = 64;

  /**
   * One key and its value: a weak reference to the key, so a cache of recent entries (a thread's
   * last locks or objects) can hold these instead of the objects and keep none of them alive.
   *
   * @param <V> the value type
   */
  public static final class Entry<V> extends WeakReference<Object> {
    final int hash;
    final V value;
    volatile Entry<V> next;

    Entry(Object key, int hash, V value, Entry<V> next, ReferenceQueue<Object> queue) {
      super(key, queue);
      this.hash = hash;
      this.value = value;
      this.next = next;
    }

    /** The value. */
    public V value() {
      return value;
    }

    /** True when this is the entry of {@code key} (false once the key was collected). */
    public boolean isOf(Object key) {
      return refersTo(key);
    }
  }

  private static final class Stripe<V> {
    volatile AtomicReferenceArray<Entry<V>> table = new AtomicReferenceArray<>(16);
    int count;
  }

  private final Stripe<V>[] stripes;
  private final ReferenceQueue<Object> collectedQueue = new ReferenceQueue<>();
  private final AtomicInteger live = new AtomicInteger();
  private final Consumer<V> onCollected;

  /**
   * @param onCollected told about each value whose key was garbage collected
   */
  @SuppressWarnings("unchecked")
  public WeakIdentityTable(Consumer<V> onCollected) {
    this.onCollected = onCollected;
    this.stripes = new Stripe[STRIPES];
    for (int i = 0; i < STRIPES; i++) {
      stripes[i] = new Stripe<>();
    }
  }

  /** The value of {@code key}, or null. Lock-free. */
  public V get(Object key) {
    Entry<V> entry = entryOf(key);
    return entry == null ? null : entry.value;
  }

  /** The entry of {@code key}, or null. Lock-free. */
  public Entry<V> entryOf(Object key) {
    int hash = System.identityHashCode(key);
    AtomicReferenceArray<Entry<V>> table = stripes[stripeIndex(hash)].table;
    for (Entry<V> e = table.get(hash & (table.length() - 1)); e != null; e = e.next) {
      if (e.hash == hash && e.refersTo(key)) {
        return e;
      }
    }
    return null;
  }

  /** The value of {@code key}, created by {@code factory} (under a private monitor) if absent. */
  public V computeIfAbsent(Object key, Supplier<V> factory) {
    return entryFor(key, factory).value;
  }

  /** The entry of {@code key}, its value created by {@code factory} if absent (see above). */
  public Entry<V> entryFor(Object key, Supplier<V> factory) {
    Entry<V> entry = entryOf(key);
    return entry != null ? entry : insert(key, factory);
  }

  /** How many keys are alive (approximately). */
  public int live() {
    return live.get();
  }

  private Entry<V> insert(Object key, Supplier<V> factory) {
    purgeCollected();
    int hash = System.identityHashCode(key);
    Stripe<V> stripe = stripes[stripeIndex(hash)];
    synchronized (stripe) {
      AtomicReferenceArray<Entry<V>> table = stripe.table;
      int slot = hash & (table.length() - 1);
      for (Entry<V> e = table.get(slot); e != null; e = e.next) {
        if (e.hash == hash && e.refersTo(key)) {
          return e;
        }
      }
      Entry<V> entry = new Entry<>(key, hash, factory.get(), table.get(slot), collectedQueue);
      table.set(slot, entry);
      live.incrementAndGet();
      if (++stripe.count > table.length() * 3 / 4) {
        resize(stripe);
      }
      return entry;
    }
  }

  /** Relinks every entry into a table twice the size. Caller holds the stripe monitor. */
  private static <V> void resize(Stripe<V> stripe) {
    AtomicReferenceArray<Entry<V>> old = stripe.table;
    AtomicReferenceArray<Entry<V>> bigger = new AtomicReferenceArray<>(old.length() * 2);
    for (int i = 0; i < old.length(); i++) {
      Entry<V> e = old.get(i);
      while (e != null) {
        Entry<V> next = e.next;
        int slot = e.hash & (bigger.length() - 1);
        e.next = bigger.get(slot);
        bigger.set(slot, e);
        e = next;
      }
    }
    stripe.table = bigger;
  }

  /** Drops entries whose key was collected and tells the listener about their values. */
  @SuppressWarnings("unchecked")
  public void purgeCollected() {
    Object ref;
    while ((ref = collectedQueue.poll()) != null) {
      Entry<V> dead = (Entry<V>) ref;
      Stripe<V> stripe = stripes[stripeIndex(dead.hash)];
      synchronized (stripe) {
        unlink(stripe, dead);
      }
      live.decrementAndGet();
      onCollected.accept(dead.value);
    }
  }

  private static <V> void unlink(Stripe<V> stripe, Entry<V> dead) {
    AtomicReferenceArray<Entry<V>> table = stripe.table;
    int slot = dead.hash & (table.length() - 1);
    Entry<V> e = table.get(slot);
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
