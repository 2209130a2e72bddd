package io.lockwatch.agent.instrument;

import static io.lockwatch.agent.instrument.HookNames.CONDITION_HOOKS;
import static io.lockwatch.agent.instrument.HookNames.EXECUTOR_HOOKS;
import static io.lockwatch.agent.instrument.HookNames.LATCH_HOOKS;
import static io.lockwatch.agent.instrument.HookNames.LOCK_HOOKS;
import static io.lockwatch.agent.instrument.HookNames.MONITOR_HOOKS;
import static io.lockwatch.agent.instrument.HookNames.QUEUE_HOOKS;
import static io.lockwatch.agent.instrument.HookNames.RUNTIME_HOOKS;
import static io.lockwatch.agent.instrument.HookNames.SEMAPHORE_HOOKS;
import static io.lockwatch.agent.instrument.HookNames.STAMPED_LOCK_HOOKS;
import static io.lockwatch.agent.instrument.HookNames.THREAD_HOOKS;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import net.bytebuddy.jar.asm.Opcodes;
import net.bytebuddy.jar.asm.Type;

/**
 * The synchronization calls the agent watches, as data: which method of which JDK type is replaced
 * by a bridge method of the same name in the bridge class of its primitive. A bridge method has the
 * original's parameters with the receiver in front and the site id at the end, and the original's
 * return type; {@code SyncCallTableTest} checks that each row's bridge method exists.
 */
final class SyncCallTable {

  private static final String OBJECT = "java/lang/Object";
  private static final String LOCK = "java/util/concurrent/locks/Lock";
  private static final String CONDITION = "java/util/concurrent/locks/Condition";
  private static final String STAMPED_LOCK = "java/util/concurrent/locks/StampedLock";
  private static final String SEMAPHORE = "java/util/concurrent/Semaphore";
  private static final String LATCH = "java/util/concurrent/CountDownLatch";
  private static final String BARRIER = "java/util/concurrent/CyclicBarrier";
  private static final String PHASER = "java/util/concurrent/Phaser";
  private static final String QUEUE = "java/util/concurrent/BlockingQueue";
  private static final String THREAD = "java/lang/Thread";
  private static final String RUNTIME = "java/lang/Runtime";
  private static final String FUTURE = "java/util/concurrent/Future";
  private static final String EXECUTOR = "java/util/concurrent/Executor";
  private static final String EXECUTOR_SERVICE = "java/util/concurrent/ExecutorService";
  private static final String COMPLETABLE = "java/util/concurrent/CompletableFuture";
  private static final String FUTURE_RESULT = "Ljava/util/concurrent/Future;";
  private static final String COMPLETABLE_RESULT = "Ljava/util/concurrent/CompletableFuture;";

  /**
   * The JDK's subtypes of {@code BlockingQueue}: the queue rows' known receivers here, and owners
   * whose calls {@link ConcurrentContracts} decides at run time.
   */
  static final Set<String> BLOCKING_QUEUES =
      Set.of(
          "java/util/concurrent/BlockingDeque",
          "java/util/concurrent/TransferQueue",
          "java/util/concurrent/ArrayBlockingQueue",
          "java/util/concurrent/LinkedBlockingQueue",
          "java/util/concurrent/LinkedBlockingDeque",
          "java/util/concurrent/PriorityBlockingQueue",
          "java/util/concurrent/SynchronousQueue",
          "java/util/concurrent/DelayQueue",
          "java/util/concurrent/LinkedTransferQueue");

  private static final Set<String> EXECUTOR_SERVICES =
      Set.of(
          "java/util/concurrent/ScheduledExecutorService",
          "java/util/concurrent/AbstractExecutorService",
          "java/util/concurrent/ThreadPoolExecutor",
          "java/util/concurrent/ScheduledThreadPoolExecutor",
          "java/util/concurrent/ForkJoinPool");

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
          BLOCKING_QUEUES,
          EXECUTOR,
          with(EXECUTOR_SERVICES, EXECUTOR_SERVICE),
          EXECUTOR_SERVICE,
          EXECUTOR_SERVICES,
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
  record Row(String receiver, String name, String descriptor, boolean isStatic, Hook hook) {
    int argumentCount() {
      return Type.getArgumentTypes(descriptor).length;
    }
  }

  /** The bridge method's descriptor for a watched method (see the class comment). */
  static String hookDescriptor(String receiver, String descriptor, boolean isStatic) {
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

  private static final Map<String, List<Row>> BY_METHOD = new HashMap<>();

  static {
    // Lock
    add(LOCK, "lock", "()V", LOCK_HOOKS);
    add(LOCK, "lockInterruptibly", "()V", LOCK_HOOKS);
    add(LOCK, "tryLock", "()Z", LOCK_HOOKS);
    add(LOCK, "tryLock", "(JLjava/util/concurrent/TimeUnit;)Z", LOCK_HOOKS);
    add(LOCK, "unlock", "()V", LOCK_HOOKS);
    // StampedLock (its asReadLock/asWriteLock views are Locks, above)
    for (String mode : List.of("Write", "Read")) {
      add(STAMPED_LOCK, mode.toLowerCase(Locale.ROOT) + "Lock", "()J", STAMPED_LOCK_HOOKS);
      add(
          STAMPED_LOCK,
          mode.toLowerCase(Locale.ROOT) + "LockInterruptibly",
          "()J",
          STAMPED_LOCK_HOOKS);
      add(STAMPED_LOCK, "try" + mode + "Lock", "()J", STAMPED_LOCK_HOOKS);
      add(
          STAMPED_LOCK,
          "try" + mode + "Lock",
          "(JLjava/util/concurrent/TimeUnit;)J",
          STAMPED_LOCK_HOOKS);
      add(STAMPED_LOCK, "unlock" + mode, "(J)V", STAMPED_LOCK_HOOKS);
      add(STAMPED_LOCK, "tryUnlock" + mode, "()Z", STAMPED_LOCK_HOOKS);
      add(STAMPED_LOCK, "tryConvertTo" + mode + "Lock", "(J)J", STAMPED_LOCK_HOOKS);
    }
    add(STAMPED_LOCK, "unlock", "(J)V", STAMPED_LOCK_HOOKS);
    add(STAMPED_LOCK, "tryOptimisticRead", "()J", STAMPED_LOCK_HOOKS);
    add(STAMPED_LOCK, "validate", "(J)Z", STAMPED_LOCK_HOOKS);
    add(STAMPED_LOCK, "tryConvertToOptimisticRead", "(J)J", STAMPED_LOCK_HOOKS);
    // Object monitors
    add(OBJECT, "wait", "()V", MONITOR_HOOKS);
    add(OBJECT, "wait", "(J)V", MONITOR_HOOKS);
    add(OBJECT, "wait", "(JI)V", MONITOR_HOOKS);
    add(OBJECT, "notify", "()V", MONITOR_HOOKS);
    add(OBJECT, "notifyAll", "()V", MONITOR_HOOKS);
    // Condition
    add(CONDITION, "await", "()V", CONDITION_HOOKS);
    add(CONDITION, "await", "(JLjava/util/concurrent/TimeUnit;)Z", CONDITION_HOOKS);
    add(CONDITION, "awaitNanos", "(J)J", CONDITION_HOOKS);
    add(CONDITION, "awaitUninterruptibly", "()V", CONDITION_HOOKS);
    add(CONDITION, "awaitUntil", "(Ljava/util/Date;)Z", CONDITION_HOOKS);
    add(CONDITION, "signal", "()V", CONDITION_HOOKS);
    add(CONDITION, "signalAll", "()V", CONDITION_HOOKS);
    // Semaphore
    add(SEMAPHORE, "acquire", "()V", SEMAPHORE_HOOKS);
    add(SEMAPHORE, "acquire", "(I)V", SEMAPHORE_HOOKS);
    add(SEMAPHORE, "acquireUninterruptibly", "()V", SEMAPHORE_HOOKS);
    add(SEMAPHORE, "acquireUninterruptibly", "(I)V", SEMAPHORE_HOOKS);
    add(SEMAPHORE, "tryAcquire", "()Z", SEMAPHORE_HOOKS);
    add(SEMAPHORE, "tryAcquire", "(I)Z", SEMAPHORE_HOOKS);
    add(SEMAPHORE, "tryAcquire", "(JLjava/util/concurrent/TimeUnit;)Z", SEMAPHORE_HOOKS);
    add(SEMAPHORE, "tryAcquire", "(IJLjava/util/concurrent/TimeUnit;)Z", SEMAPHORE_HOOKS);
    add(SEMAPHORE, "release", "()V", SEMAPHORE_HOOKS);
    add(SEMAPHORE, "release", "(I)V", SEMAPHORE_HOOKS);
    // Latches, barriers, phasers
    add(LATCH, "await", "()V", LATCH_HOOKS);
    add(LATCH, "await", "(JLjava/util/concurrent/TimeUnit;)Z", LATCH_HOOKS);
    add(LATCH, "countDown", "()V", LATCH_HOOKS);
    add(BARRIER, "await", "()I", LATCH_HOOKS);
    add(BARRIER, "await", "(JLjava/util/concurrent/TimeUnit;)I", LATCH_HOOKS);
    add(PHASER, "arriveAndAwaitAdvance", "()I", LATCH_HOOKS);
    add(PHASER, "awaitAdvance", "(I)I", LATCH_HOOKS);
    add(PHASER, "awaitAdvanceInterruptibly", "(I)I", LATCH_HOOKS);
    add(PHASER, "arrive", "()I", LATCH_HOOKS);
    add(PHASER, "arriveAndDeregister", "()I", LATCH_HOOKS);
    // Blocking queues
    add(QUEUE, "put", "(Ljava/lang/Object;)V", QUEUE_HOOKS);
    add(QUEUE, "offer", "(Ljava/lang/Object;)Z", QUEUE_HOOKS);
    add(QUEUE, "offer", "(Ljava/lang/Object;JLjava/util/concurrent/TimeUnit;)Z", QUEUE_HOOKS);
    add(QUEUE, "take", "()Ljava/lang/Object;", QUEUE_HOOKS);
    add(QUEUE, "poll", "()Ljava/lang/Object;", QUEUE_HOOKS);
    add(QUEUE, "poll", "(JLjava/util/concurrent/TimeUnit;)Ljava/lang/Object;", QUEUE_HOOKS);
    // Threads and futures
    add(THREAD, "join", "()V", THREAD_HOOKS);
    add(THREAD, "join", "(J)V", THREAD_HOOKS);
    add(THREAD, "start", "()V", THREAD_HOOKS);
    add(FUTURE, "get", "()Ljava/lang/Object;", THREAD_HOOKS);
    add(FUTURE, "get", "(JLjava/util/concurrent/TimeUnit;)Ljava/lang/Object;", THREAD_HOOKS);
    add(COMPLETABLE, "join", "()Ljava/lang/Object;", THREAD_HOOKS);
    // Shutdown hooks
    add(RUNTIME, "addShutdownHook", "(Ljava/lang/Thread;)V", RUNTIME_HOOKS);
    add(RUNTIME, "removeShutdownHook", "(Ljava/lang/Thread;)Z", RUNTIME_HOOKS);
    // Executors: tasks are wrapped (see io.lockwatch.bridge.Task)
    add(EXECUTOR, "execute", "(Ljava/lang/Runnable;)V", EXECUTOR_HOOKS);
    add(EXECUTOR_SERVICE, "submit", "(Ljava/lang/Runnable;)" + FUTURE_RESULT, EXECUTOR_HOOKS);
    add(
        EXECUTOR_SERVICE,
        "submit",
        "(Ljava/lang/Runnable;Ljava/lang/Object;)" + FUTURE_RESULT,
        EXECUTOR_HOOKS);
    add(
        EXECUTOR_SERVICE,
        "submit",
        "(Ljava/util/concurrent/Callable;)" + FUTURE_RESULT,
        EXECUTOR_HOOKS);
    addStatic(COMPLETABLE, "supplyAsync", "(Ljava/util/function/Supplier;)" + COMPLETABLE_RESULT);
    addStatic(
        COMPLETABLE,
        "supplyAsync",
        "(Ljava/util/function/Supplier;Ljava/util/concurrent/Executor;)" + COMPLETABLE_RESULT);
    addStatic(COMPLETABLE, "runAsync", "(Ljava/lang/Runnable;)" + COMPLETABLE_RESULT);
    addStatic(
        COMPLETABLE,
        "runAsync",
        "(Ljava/lang/Runnable;Ljava/util/concurrent/Executor;)" + COMPLETABLE_RESULT);
  }

  private SyncCallTable() {}

  private static void add(String receiver, String name, String descriptor, String hookOwner) {
    put(receiver, name, descriptor, false, hookOwner);
  }

  /** A static method of {@code owner}, replaced by an executor hook without receiver. */
  private static void addStatic(String owner, String name, String descriptor) {
    put(owner, name, descriptor, true, EXECUTOR_HOOKS);
  }

  private static void put(
      String receiver, String name, String descriptor, boolean isStatic, String hookOwner) {
    Hook hook = new Hook(hookOwner, name, hookDescriptor(receiver, descriptor, isStatic));
    BY_METHOD
        .computeIfAbsent(name + descriptor, k -> new ArrayList<>())
        .add(new Row(receiver, name, descriptor, isStatic, hook));
  }

  private static Set<String> with(Set<String> types, String type) {
    Set<String> all = new HashSet<>(types);
    all.add(type);
    return Set.copyOf(all);
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
