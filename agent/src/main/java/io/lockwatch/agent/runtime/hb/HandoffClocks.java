package io.lockwatch.agent.runtime.hb;

import io.lockwatch.agent.runtime.support.WeakIdentityTable;

/**
 * The happens-before clocks of synchronization objects that are not locks (queues, latches, tasks,
 * atomics, concurrent maps, threads' interrupt status...), by object identity and without keeping
 * the objects alive; each object's clocks are one {@link ObjectClocks}.
 */
final class HandoffClocks {
  private final WeakIdentityTable<ObjectClocks> objects = new WeakIdentityTable<>(c -> {});

  /** The clocks of {@code target}, created on first use. */
  ObjectClocks of(Object target) {
    return objects.computeIfAbsent(target, ObjectClocks::new);
  }

  /** From now on {@code alias} has the clocks of {@code original} (a future and its task). */
  void link(Object alias, Object original) {
    ObjectClocks clocks = of(original);
    objects.computeIfAbsent(alias, () -> clocks);
  }
}
