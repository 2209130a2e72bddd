package io.lockwatch.agent.instrument;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.bytebuddy.jar.asm.Opcodes;
import net.bytebuddy.jar.asm.Type;

/**
 * The synchronization calls the agent watches, as data: which method of which JDK type is replaced
 * by which bridge method. A bridge method has the original's parameters with the receiver in
 * front and the site id at the end, and the original's return type.
 */
final class SyncCallTable {
  private static final String HOOKS = "io/lockwatch/bridge/Hooks";
  private static final String SYNC_HOOKS = "io/lockwatch/bridge/SyncHooks";

  private static final String OBJECT = "java/lang/Object";
  private static final String LOCK = "java/util/concurrent/locks/Lock";
  private static final String CONDITION = "java/util/concurrent/locks/Condition";
  private static final String SEMAPHORE = "java/util/concurrent/Semaphore";
  private static final String LATCH = "java/util/concurrent/CountDownLatch";
  private static final String BARRIER = "java/util/concurrent/CyclicBarrier";
  private static final String PHASER = "java/util/concurrent/Phaser";
  private static final String QUEUE = "java/util/concurrent/BlockingQueue";
  private static final String THREAD = "java/lang/Thread";
  private static final String FUTURE = "java/util/concurrent/Future";
  private static final String EXECUTOR = "java/util/concurrent/Executor";
  private static final String EXECUTOR_SERVICE = "java/util/concurrent/ExecutorService";
  private static final String COMPLETABLE = "java/util/concurrent/CompletableFuture";

  /** JDK types known to be subtypes of a row's receiver type, so no class file needs reading. */
  private static final Map<String, Set<String>> KNOWN_SUBTYPES =
      Map.of(
          LOCK,
          Set.of(
              "java/util/concurrent/locks/ReentrantLock",
              "java/util/concurrent/locks/ReentrantReadWriteLock$ReadLock",
              "java/util/concurrent/locks/ReentrantReadWriteLock$WriteLock"),
          CONDITION,
          Set.of(
              "java/util/concurrent/locks/AbstractQueuedSynchronizer$ConditionObject",
              "java/util/concurrent/locks/AbstractQueuedLongSynchronizer$ConditionObject"),
          QUEUE,
          Set.of(
              "java/util/concurrent/BlockingDeque",
              "java/util/concurrent/TransferQueue",
              "java/util/concurrent/ArrayBlockingQueue",
              "java/util/concurrent/LinkedBlockingQueue",
              "java/util/concurrent/LinkedBlockingDeque",
              "java/util/concurrent/PriorityBlockingQueue",
              "java/util/concurrent/SynchronousQueue",
              "java/util/concurrent/DelayQueue",
              "java/util/concurrent/LinkedTransferQueue"),
          EXECUTOR,
          Set.of(
              EXECUTOR_SERVICE,
              "java/util/concurrent/ScheduledExecutorService",
              "java/util/concurrent/AbstractExecutorService",
              "java/util/concurrent/ThreadPoolExecutor",
              "java/util/concurrent/ScheduledThreadPoolExecutor",
              "java/util/concurrent/ForkJoinPool"),
          EXECUTOR_SERVICE,
          Set.of(
              "java/util/concurrent/ScheduledExecutorService",
              "java/util/concurrent/AbstractExecutorService",
              "java/util/concurrent/ThreadPoolExecutor",
              "java/util/concurrent/ScheduledThreadPoolExecutor",
              "java/util/concurrent/ForkJoinPool"),
          FUTURE,
          Set.of(
              "java/util/concurrent/FutureTask",
              "java/util/concurrent/CompletableFuture",
              "java/util/concurrent/RunnableFuture",
              "java/util/concurrent/ScheduledFuture",
              "java/util/concurrent/RunnableScheduledFuture",
              "java/util/concurrent/ForkJoinTask"));

  /**
   * One watched method and its bridge replacement. For a static method ({@code isStatic}) the
   * bridge method has no receiver parameter.
   */
  record Row(
      String receiver,
      String name,
      String descriptor,
      String hookOwner,
      String hookName,
      boolean isStatic) {
    String hookDescriptor() {
      Type original = Type.getMethodType(descriptor);
      StringBuilder d = new StringBuilder("(");
      if (!isStatic) {
        d.append('L').append(receiver).append(';');
      }
      for (Type argument : original.getArgumentTypes()) {
        d.append(argument.getDescriptor());
      }
      return d.append("I)").append(original.getReturnType().getDescriptor()).toString();
    }

    int argumentCount() {
      return Type.getArgumentTypes(descriptor).length;
    }
  }

  private static final Map<String, List<Row>> BY_METHOD = new HashMap<>();

  static {
    // Lock
    add(LOCK, "lock", "()V", HOOKS, "lock");
    add(LOCK, "lockInterruptibly", "()V", HOOKS, "lockInterruptibly");
    add(LOCK, "tryLock", "()Z", HOOKS, "tryLock");
    add(LOCK, "tryLock", "(JLjava/util/concurrent/TimeUnit;)Z", HOOKS, "tryLock");
    add(LOCK, "unlock", "()V", HOOKS, "unlock");
    // Object monitors
    add(OBJECT, "wait", "()V", SYNC_HOOKS, "objectWait");
    add(OBJECT, "wait", "(J)V", SYNC_HOOKS, "objectWait");
    add(OBJECT, "wait", "(JI)V", SYNC_HOOKS, "objectWait");
    add(OBJECT, "notify", "()V", SYNC_HOOKS, "objectNotify");
    add(OBJECT, "notifyAll", "()V", SYNC_HOOKS, "objectNotifyAll");
    // Condition
    add(CONDITION, "await", "()V", SYNC_HOOKS, "await");
    add(CONDITION, "await", "(JLjava/util/concurrent/TimeUnit;)Z", SYNC_HOOKS, "await");
    add(CONDITION, "awaitNanos", "(J)J", SYNC_HOOKS, "awaitNanos");
    add(CONDITION, "awaitUninterruptibly", "()V", SYNC_HOOKS, "awaitUninterruptibly");
    add(CONDITION, "awaitUntil", "(Ljava/util/Date;)Z", SYNC_HOOKS, "awaitUntil");
    add(CONDITION, "signal", "()V", SYNC_HOOKS, "signal");
    add(CONDITION, "signalAll", "()V", SYNC_HOOKS, "signalAll");
    // Semaphore
    add(SEMAPHORE, "acquire", "()V", SYNC_HOOKS, "acquire");
    add(SEMAPHORE, "acquire", "(I)V", SYNC_HOOKS, "acquire");
    add(SEMAPHORE, "acquireUninterruptibly", "()V", SYNC_HOOKS, "acquireUninterruptibly");
    add(SEMAPHORE, "acquireUninterruptibly", "(I)V", SYNC_HOOKS, "acquireUninterruptibly");
    add(SEMAPHORE, "tryAcquire", "()Z", SYNC_HOOKS, "tryAcquire");
    add(SEMAPHORE, "tryAcquire", "(I)Z", SYNC_HOOKS, "tryAcquire");
    add(SEMAPHORE, "tryAcquire", "(JLjava/util/concurrent/TimeUnit;)Z", SYNC_HOOKS, "tryAcquire");
    add(SEMAPHORE, "tryAcquire", "(IJLjava/util/concurrent/TimeUnit;)Z", SYNC_HOOKS, "tryAcquire");
    add(SEMAPHORE, "release", "()V", SYNC_HOOKS, "release");
    add(SEMAPHORE, "release", "(I)V", SYNC_HOOKS, "release");
    // Latches, barriers, phasers
    add(LATCH, "await", "()V", SYNC_HOOKS, "await");
    add(LATCH, "await", "(JLjava/util/concurrent/TimeUnit;)Z", SYNC_HOOKS, "await");
    add(LATCH, "countDown", "()V", SYNC_HOOKS, "countDown");
    add(BARRIER, "await", "()I", SYNC_HOOKS, "await");
    add(BARRIER, "await", "(JLjava/util/concurrent/TimeUnit;)I", SYNC_HOOKS, "await");
    add(PHASER, "arriveAndAwaitAdvance", "()I", SYNC_HOOKS, "arriveAndAwaitAdvance");
    add(PHASER, "awaitAdvance", "(I)I", SYNC_HOOKS, "awaitAdvance");
    add(PHASER, "awaitAdvanceInterruptibly", "(I)I", SYNC_HOOKS, "awaitAdvanceInterruptibly");
    add(PHASER, "arrive", "()I", SYNC_HOOKS, "arrive");
    add(PHASER, "arriveAndDeregister", "()I", SYNC_HOOKS, "arriveAndDeregister");
    // Blocking queues
    add(QUEUE, "put", "(Ljava/lang/Object;)V", SYNC_HOOKS, "put");
    add(QUEUE, "offer", "(Ljava/lang/Object;)Z", SYNC_HOOKS, "offer");
    add(QUEUE, "offer", "(Ljava/lang/Object;JLjava/util/concurrent/TimeUnit;)Z", SYNC_HOOKS, "offer");
    add(QUEUE, "take", "()Ljava/lang/Object;", SYNC_HOOKS, "take");
    add(QUEUE, "poll", "()Ljava/lang/Object;", SYNC_HOOKS, "poll");
    add(QUEUE, "poll", "(JLjava/util/concurrent/TimeUnit;)Ljava/lang/Object;", SYNC_HOOKS, "poll");
    // Threads and futures
    add(THREAD, "join", "()V", SYNC_HOOKS, "join");
    add(THREAD, "join", "(J)V", SYNC_HOOKS, "join");
    add(THREAD, "start", "()V", SYNC_HOOKS, "start");
    add(FUTURE, "get", "()Ljava/lang/Object;", SYNC_HOOKS, "get");
    add(FUTURE, "get", "(JLjava/util/concurrent/TimeUnit;)Ljava/lang/Object;", SYNC_HOOKS, "get");
    add(COMPLETABLE, "join", "()Ljava/lang/Object;", SYNC_HOOKS, "join");
    // Executors: tasks are wrapped (see io.lockwatch.bridge.Task)
    add(EXECUTOR, "execute", "(Ljava/lang/Runnable;)V", SYNC_HOOKS, "execute");
    add(EXECUTOR_SERVICE, "submit", "(Ljava/lang/Runnable;)Ljava/util/concurrent/Future;", SYNC_HOOKS, "submit");
    add(
        EXECUTOR_SERVICE,
        "submit",
        "(Ljava/lang/Runnable;Ljava/lang/Object;)Ljava/util/concurrent/Future;",
        SYNC_HOOKS,
        "submit");
    add(
        EXECUTOR_SERVICE,
        "submit",
        "(Ljava/util/concurrent/Callable;)Ljava/util/concurrent/Future;",
        SYNC_HOOKS,
        "submit");
    addStatic(
        COMPLETABLE,
        "supplyAsync",
        "(Ljava/util/function/Supplier;)Ljava/util/concurrent/CompletableFuture;",
        "supplyAsync");
    addStatic(
        COMPLETABLE,
        "supplyAsync",
        "(Ljava/util/function/Supplier;Ljava/util/concurrent/Executor;)Ljava/util/concurrent/CompletableFuture;",
        "supplyAsync");
    addStatic(
        COMPLETABLE, "runAsync", "(Ljava/lang/Runnable;)Ljava/util/concurrent/CompletableFuture;", "runAsync");
    addStatic(
        COMPLETABLE,
        "runAsync",
        "(Ljava/lang/Runnable;Ljava/util/concurrent/Executor;)Ljava/util/concurrent/CompletableFuture;",
        "runAsync");
  }

  private static void addStatic(String owner, String name, String descriptor, String hookName) {
    BY_METHOD
        .computeIfAbsent(name + descriptor, k -> new ArrayList<>())
        .add(new Row(owner, name, descriptor, SYNC_HOOKS, hookName, true));
  }

  private SyncCallTable() {}

  private static void add(String receiver, String name, String descriptor, String hookOwner, String hookName) {
    BY_METHOD
        .computeIfAbsent(name + descriptor, k -> new ArrayList<>())
        .add(new Row(receiver, name, descriptor, hookOwner, hookName, false));
  }

  /** Every row, for tests and documentation. */
  static List<Row> rows() {
    List<Row> all = new ArrayList<>();
    BY_METHOD.values().forEach(all::addAll);
    return all;
  }

  /**
   * The row replacing this call, or null. {@code isSubtype} answers for owners this table does not
   * know (e.g. an application's own {@code Lock}), given (owner, row receiver) internal names.
   */
  static Row lookup(
      int opcode, String owner, String name, String descriptor, SubtypeCheck isSubtype) {
    if (opcode == Opcodes.INVOKESPECIAL) {
      return null; // super.lock() inside an implementation is the implementation's business
    }
    List<Row> candidates = BY_METHOD.get(name + descriptor);
    if (candidates == null || owner.startsWith("[")) {
      return null;
    }
    boolean isStatic = opcode == Opcodes.INVOKESTATIC;
    for (Row row : candidates) {
      if (row.isStatic != isStatic) {
        continue;
      }
      if (isStatic) {
        if (row.receiver.equals(owner)) {
          return row;
        }
        continue;
      }
      if (row.receiver.equals(OBJECT)
          || row.receiver.equals(owner)
          || KNOWN_SUBTYPES.getOrDefault(row.receiver, Set.of()).contains(owner)
          || isSubtype.test(owner, row.receiver)) {
        return row;
      }
    }
    return null;
  }

  /** Whether a class (internal name) is a subtype of a JDK type (internal name). */
  @FunctionalInterface
  interface SubtypeCheck {
    boolean test(String owner, String superType);
  }
}
