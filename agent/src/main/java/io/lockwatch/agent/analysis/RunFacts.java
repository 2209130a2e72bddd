package io.lockwatch.agent.analysis;

import io.lockwatch.agent.runtime.lockorder.EdgeVariant;
import io.lockwatch.agent.runtime.lockorder.HeldLocks;
import io.lockwatch.agent.runtime.lockorder.LockClassOrder;
import io.lockwatch.agent.runtime.lockorder.LockClasses;
import io.lockwatch.agent.runtime.lockorder.LockNode;
import io.lockwatch.agent.runtime.lockorder.LockOrderFacts;
import io.lockwatch.agent.runtime.lockorder.LockWaits;
import io.lockwatch.agent.runtime.lockorder.OrderEdge;
import io.lockwatch.engine.deadlock.DeadlockFacts;
import io.lockwatch.engine.deadlock.DeadlockFactsBuilder;
import io.lockwatch.engine.deadlock.LockKind;
import io.lockwatch.engine.deadlock.Share;
import io.lockwatch.engine.deadlock.Wait;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * One run's lock-order facts in the engine's terms, and the way back: which class-level entry, lock
 * node, edge variant and thread each engine id stands for, so findings can be written with the
 * agent's names and stacks.
 */
public final class RunFacts {
  /**
   * One instance fact as the agent keeps it.
   *
   * @param edge the edge between the two lock objects
   * @param variant the way it was taken
   */
  public record InstanceFact(OrderEdge edge, EdgeVariant variant) {}

  private final DeadlockFacts facts;
  private final List<LockClassOrder.Entry> classEntries = new ArrayList<>();
  private final Map<Integer, LockClassOrder.Entry> classEntryOfShape = new HashMap<>();
  private final List<LockNode> instanceNodes = new ArrayList<>();
  private final List<InstanceFact> instanceFacts = new ArrayList<>();
  private final List<String> threadNames = new ArrayList<>();
  private final List<Long> threadIdList = new ArrayList<>();
  private final Map<Long, Integer> threadIds = new HashMap<>();
  private final List<LockClasses.Info> lockClasses;

  private RunFacts(
      List<LockClasses.Info> classes,
      List<LockClassOrder.Entry> classOrder,
      Collection<OrderEdge> instances,
      long instanceFactsDropped,
      IntFunction<String> siteKey) {
    this.lockClasses = classes;
    DeadlockFactsBuilder builder = new DeadlockFactsBuilder(LockOrderFacts.MAX_THREADS);
    int[] classIds = new int[classes.size()];
    for (LockClasses.Info info : classes) {
      classIds[info.id()] = builder.lockClass(info.name(), kind(info.kind()));
      builder.describeClass(classIds[info.id()], info.permits(), info.writeLocked(), info.signal());
    }
    for (LockClassOrder.Entry entry : classOrder) {
      LockClassOrder.Shape s = entry.shape();
      int[] gates = new int[s.gateClasses().length];
      for (int i = 0; i < gates.length; i++) {
        gates[i] = classIds[s.gateClasses()[i]];
      }
      long[] ids = entry.threadIds();
      String[] names = entry.threadNames();
      for (int t = 0; t < ids.length; t++) {
        int shape =
            builder.classDependency(
                thread(ids[t], names[t]),
                classIds[s.fromClass()],
                classIds[s.toClass()],
                s.fromSite(),
                s.toSite(),
                share(s.fromShare()),
                share(s.toShare()),
                waitKind(s.waitKind()),
                gates,
                entry.fromPermits());
        classEntryOfShape.putIfAbsent(shape, entry);
      }
    }
    Map<LockNode, Integer> instanceIds = new IdentityHashMap<>();
    for (OrderEdge edge : instances) {
      for (EdgeVariant v : edge.variants()) {
        int from = instance(builder, instanceIds, classIds, edge.from());
        int to = instance(builder, instanceIds, classIds, edge.to());
        int[] gates = new int[v.gates().length];
        for (int i = 0; i < gates.length; i++) {
          gates[i] = instance(builder, instanceIds, classIds, nodeById(v, edge, v.gates()[i]));
        }
        long[] ids = v.threadIds();
        String[] names = v.threadNames();
        for (int t = 0; t < ids.length; t++) {
          builder.dependency(
              thread(ids[t], names[t]),
              from,
              to,
              v.fromSite(),
              v.toSite(),
              share(v.fromShare()),
              share(v.toShare()),
              waitKind(v.mode()),
              gates,
              v.fromPermits(),
              instanceFacts.size());
        }
        instanceFacts.add(new InstanceFact(edge, v));
      }
    }
    this.facts = builder.build(siteKey, instanceFactsDropped);
    for (int i = 0; i < facts.classDependencies().size(); i++) {
      classEntries.add(classEntryOfShape.get(i));
    }
  }

  /**
   * The facts of a run.
   *
   * @param classes every lock class so far
   * @param classOrder the class-level facts
   * @param instances a snapshot of the instance facts
   * @param instanceFactsDropped instance facts the store could not keep
   * @param siteKey the fingerprint key of a site id
   */
  public static RunFacts of(
      List<LockClasses.Info> classes,
      List<LockClassOrder.Entry> classOrder,
      Collection<OrderEdge> instances,
      long instanceFactsDropped,
      IntFunction<String> siteKey) {
    return new RunFacts(classes, classOrder, instances, instanceFactsDropped, siteKey);
  }

  /** The engine's input. */
  public DeadlockFacts facts() {
    return facts;
  }

  /** The class-level entry behind a class dependency id. */
  public LockClassOrder.Entry classEntry(int classDependency) {
    return classEntries.get(classDependency);
  }

  /** The agent's lock class behind an engine class id (looked up by name). */
  public LockClasses.Info lockClass(int engineClass) {
    String name = facts.lockClasses().get(engineClass).name();
    for (LockClasses.Info info : lockClasses) {
      if (info.name().equals(name)) {
        return info;
      }
    }
    return null;
  }

  /** The lock node behind an engine instance id. */
  public LockNode node(int instance) {
    return instanceNodes.get(instance);
  }

  /** The edge and variant behind an instance dependency's evidence number. */
  public InstanceFact instanceFact(int evidence) {
    return instanceFacts.get(evidence);
  }

  /** The name of an engine thread id. */
  public String threadName(int thread) {
    return threadNames.get(thread);
  }

  /**
   * The recorded (acting) id of an engine thread id: a thread id, or the id of a test on a thread
   * (see {@code RunningTests}).
   */
  public long threadId(int thread) {
    return threadIdList.get(thread);
  }

  private int instance(
      DeadlockFactsBuilder builder, Map<LockNode, Integer> ids, int[] classIds, LockNode node) {
    Integer known = ids.get(node);
    if (known != null) {
      return known;
    }
    int id =
        builder.lock(classIds[node.lockClass()], node.permits(), node.writeLocked(), node.signal());
    ids.put(node, id);
    instanceNodes.add(node);
    return id;
  }

  /** The held node with this id: the edge's own ends, or one of the locks held with them. */
  private static LockNode nodeById(EdgeVariant v, OrderEdge edge, int id) {
    if (edge.from().id() == id) {
      return edge.from();
    }
    for (LockNode held : v.held()) {
      if (held.id() == id) {
        return held;
      }
    }
    return edge.from(); // every gate is among the held locks; never reached
  }

  private int thread(long id, String name) {
    return threadIds.computeIfAbsent(
        id,
        k -> {
          threadNames.add(name);
          threadIdList.add(id);
          return threadNames.size() - 1;
        });
  }

  private static LockKind kind(byte kind) {
    return switch (kind) {
      case LockNode.KIND_MONITOR -> LockKind.MONITOR;
      case LockNode.KIND_READ_WRITE -> LockKind.READ_WRITE;
      case LockNode.KIND_SEMAPHORE -> LockKind.SEMAPHORE;
      case LockNode.KIND_STAMPED -> LockKind.STAMPED;
      default -> LockKind.LOCK;
    };
  }

  static Share share(byte share) {
    return switch (share) {
      case HeldLocks.READ -> Share.READ;
      case HeldLocks.WRITE -> Share.WRITE;
      default -> Share.EXCLUSIVE;
    };
  }

  static Wait waitKind(byte wait) {
    return switch (wait) {
      case LockWaits.TIMED -> Wait.TIMED;
      case LockWaits.TRY -> Wait.TRY;
      case LockWaits.FIRST -> Wait.FIRST;
      default -> Wait.BLOCKING;
    };
  }
}
