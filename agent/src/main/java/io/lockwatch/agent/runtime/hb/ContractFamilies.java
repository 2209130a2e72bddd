package io.lockwatch.agent.runtime.hb;

import java.util.Map;

/**
 * The {@link Contracts} family of a receiver whose call site could not tell (a call through {@code
 * Map}, {@code Queue}, {@code List}...): found from the nearest JDK class among its superclasses,
 * so an application's subclass of {@code ConcurrentHashMap} or {@code LinkedBlockingQueue} keeps
 * the contracts of its JDK parent, and a {@code HashMap} has none. Never calls the application.
 */
final class ContractFamilies {
  private static final Map<String, Integer> JDK_CLASSES =
      Map.ofEntries(
          Map.entry("java.util.concurrent.ConcurrentHashMap", Contracts.KEYED_MAP),
          Map.entry("java.util.concurrent.ConcurrentSkipListMap", Contracts.KEYED_MAP),
          Map.entry("java.util.concurrent.ConcurrentHashMap$KeySetView", Contracts.KEYED_SET),
          Map.entry("java.util.concurrent.ConcurrentSkipListSet", Contracts.KEYED_SET),
          Map.entry("java.util.concurrent.ConcurrentLinkedQueue", Contracts.QUEUE),
          Map.entry("java.util.concurrent.ConcurrentLinkedDeque", Contracts.QUEUE),
          Map.entry("java.util.concurrent.LinkedBlockingQueue", Contracts.QUEUE),
          Map.entry("java.util.concurrent.LinkedBlockingDeque", Contracts.QUEUE),
          Map.entry("java.util.concurrent.ArrayBlockingQueue", Contracts.QUEUE),
          Map.entry("java.util.concurrent.PriorityBlockingQueue", Contracts.QUEUE),
          Map.entry("java.util.concurrent.LinkedTransferQueue", Contracts.QUEUE),
          Map.entry("java.util.concurrent.SynchronousQueue", Contracts.QUEUE),
          Map.entry("java.util.concurrent.DelayQueue", Contracts.QUEUE),
          Map.entry("java.util.concurrent.CopyOnWriteArrayList", Contracts.COPY_ON_WRITE),
          Map.entry("java.util.concurrent.CopyOnWriteArraySet", Contracts.COPY_ON_WRITE),
          Map.entry("java.util.Hashtable", Contracts.SYNCHRONIZED),
          Map.entry("java.util.Properties", Contracts.SYNCHRONIZED),
          Map.entry("java.util.Vector", Contracts.SYNCHRONIZED),
          Map.entry("java.util.Stack", Contracts.SYNCHRONIZED));

  private static final ClassValue<Integer> FAMILY =
      new ClassValue<>() {
        @Override
        protected Integer computeValue(Class<?> type) {
          for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            String name = c.getName();
            Integer family = JDK_CLASSES.get(name);
            if (family != null) {
              return family;
            }
            if (name.startsWith("java.util.Collections$Synchronized")) {
              return Contracts.SYNCHRONIZED;
            }
            if (name.startsWith("java.")) {
              return 0; // the nearest JDK class decides: a HashMap, an ArrayList
            }
          }
          return 0;
        }
      };

  private ContractFamilies() {}

  /** The family of a receiver of this class, or 0 when its calls order nothing. */
  static int of(Class<?> type) {
    return FAMILY.get(type);
  }
}
