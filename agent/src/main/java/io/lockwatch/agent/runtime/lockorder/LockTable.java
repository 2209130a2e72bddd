package io.lockwatch.agent.runtime.lockorder;

import io.lockwatch.agent.runtime.support.SiteInfo;
import io.lockwatch.agent.runtime.support.SiteRegistry;
import io.lockwatch.agent.runtime.support.WeakIdentityTable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Maps lock objects to their {@link LockNode}, by identity, without keeping them alive. Nodes of
 * collected locks go to a listener, so the lock-order facts can drop those that can no longer be on
 * a cycle (and any other concern what it keeps per lock).
 */
public final class LockTable {
  private final AtomicInteger nextId = new AtomicInteger(1);
  private final SiteRegistry sites;
  private final LockClasses classes;
  private final WeakIdentityTable<LockNode> table;

  /**
   * @param sites resolves the site where a lock is first seen
   * @param classes gives each new lock its class
   * @param onCollected told about each node whose lock object was garbage collected
   */
  public LockTable(SiteRegistry sites, LockClasses classes, Consumer<LockNode> onCollected) {
    this.sites = sites;
    this.classes = classes;
    this.table =
        new WeakIdentityTable<>(
            node -> {
              node.markCollected();
              onCollected.accept(node);
            });
  }

  /**
   * The node of {@code lock}, created on first sight. Computes the identity hash, so for monitors
   * it must run before {@code monitorenter}: hashing a monitor its thread holds inflates it.
   */
  public LockNode nodeFor(Object lock, byte kind, Class<?> type, int site) {
    LockNode node = table.get(lock);
    return node != null ? node : entryFor(lock, kind, type, site).value();
  }

  /**
   * The table's entry of {@code lock}, its node created on first sight: what a thread's cache of
   * recent locks holds, so that it keeps none of them alive. Computes the identity hash, as {@link
   * #nodeFor} does.
   */
  public WeakIdentityTable.Entry<LockNode> entryFor(
      Object lock, byte kind, Class<?> type, int site) {
    return table.entryFor(
        lock,
        () -> {
          SiteInfo firstSeen = sites.get(site);
          String typeName = type.getName();
          LockClasses.Info lockClass =
              classes.of(LockNames.lockClass(typeName, firstSeen), kind, firstSeen);
          return new LockNode(nextId.getAndIncrement(), kind, typeName, firstSeen, lockClass);
        });
  }

  /** How many lock nodes were ever created. */
  public int created() {
    return nextId.get() - 1;
  }

  /** How many lock objects are tracked and still alive (approximately). */
  int live() {
    return table.live();
  }

  /** Drops collected locks now (normally done on the insert path). */
  public void purgeCollected() {
    table.purgeCollected();
  }
}
