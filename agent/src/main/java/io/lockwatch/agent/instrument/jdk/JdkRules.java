package io.lockwatch.agent.instrument.jdk;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which JDK classes are instrumented and what in them, as data. Two kinds of rules:
 *
 * <ul>
 *   <li><b>Locks</b> ({@link Locks}): the monitors and {@code Lock}s a class takes on the
 *       application's behalf. {@code SYNCHRONIZES}: monitors the application can take itself (a
 *       {@code Vector}, the mutex of a {@code Collections.synchronized*} wrapper, a {@code
 *       PrintStream}...), so they are lock-order nodes and order memory like any monitor. {@code
 *       INTERNAL}: locks private to a concurrent collection, lock-order nodes only (what the
 *       collection publishes is its documented contract's business). {@code BINS}: the bins of a
 *       {@code ConcurrentHashMap}, one lock-order node per map.
 *   <li><b>Hand-offs</b>: the variables through which JDK code hands data from thread to thread
 *       ({@link #volatileVariable}, {@link #handleVariable}), each a release when written and an
 *       acquire when read, per object; and method rules ({@link MethodRule}) where the hand-off
 *       goes through something that is not one object's variable (a work queue's array, a pool's
 *       worker count).
 * </ul>
 */
final class JdkRules {
  /** How the monitors and locks of a class are watched. */
  enum Locks {
    NONE,
    SYNCHRONIZES,
    INTERNAL,
    BINS
  }

  /** A variable of JDK code: a field (declaring class, dotted) or a named hand-off point. */
  record Variable(String owner, String name) {}

  /** Where a method rule applies. */
  enum Point {
    /** First thing in the method. */
    ENTRY,
    /** Before each normal return. */
    RETURN,
    /** Before each normal return of {@code true}. */
    RETURN_IF_TRUE,
    /** Before each call of {@code Runnable.run()} in the method, on the runnable. */
    BEFORE_RUN
  }

  /**
   * A hand-off at a point of a method: a release (or an acquire) of {@code variable} of the object
   * in {@code argument} (0: {@code this}; n: the n-th parameter; ignored for {@code BEFORE_RUN},
   * which uses the runnable).
   */
  record MethodRule(Point point, int argument, boolean release, Variable variable) {}

  private static final String CONCURRENT = "java/util/concurrent/";

  private static final List<String> SYNCHRONIZING_CLASSES =
      List.of(
          "java/util/Vector",
          "java/util/Stack",
          "java/util/Hashtable",
          "java/util/Properties",
          "java/lang/StringBuffer",
          "java/io/PrintStream",
          "java/io/PrintWriter",
          "java/lang/Throwable",
          "java/util/Timer",
          "java/util/TimerThread",
          "java/util/TaskQueue",
          "java/util/TimerTask");

  private static final List<String> INTERNAL_LOCK_CLASSES =
      List.of(
          CONCURRENT + "ArrayBlockingQueue",
          CONCURRENT + "LinkedBlockingQueue",
          CONCURRENT + "LinkedBlockingDeque",
          CONCURRENT + "PriorityBlockingQueue",
          CONCURRENT + "DelayQueue",
          CONCURRENT + "CopyOnWriteArrayList");

  private static final String BINS_CLASS = CONCURRENT + "ConcurrentHashMap";

  private static final String FORK_JOIN_TASK = CONCURRENT + "ForkJoinTask";
  private static final String POOL = CONCURRENT + "ThreadPoolExecutor";
  private static final String EXCHANGER = CONCURRENT + "Exchanger";

  /** The watched variables, by declaring class: what each class's hand-offs go through. */
  private static final Map<String, Set<String>> VARIABLES =
      Map.of(
          CONCURRENT + "CompletableFuture",
          Set.of("result", "stack"),
          FORK_JOIN_TASK,
          Set.of("status"),
          CONCURRENT + "CountedCompleter",
          Set.of("pending"),
          CONCURRENT + "FutureTask",
          Set.of("state", "runner"));

  /** JDK subclasses whose field instructions name an inherited watched variable. */
  private static final Map<String, String> SUPERCLASSES =
      Map.of(
          CONCURRENT + "CountedCompleter", FORK_JOIN_TASK,
          CONCURRENT + "RecursiveTask", FORK_JOIN_TASK,
          CONCURRENT + "RecursiveAction", FORK_JOIN_TASK);

  private static final Variable TASK_STATUS = new Variable(dotted(FORK_JOIN_TASK), "status");
  private static final Variable POOL_TASK = new Variable(dotted(POOL), "#task");
  private static final Variable POOL_TERMINATION = new Variable(dotted(POOL), "#termination");
  private static final Variable EXCHANGE = new Variable(dotted(EXCHANGER), "#exchange");

  private JdkRules() {}

  /** True when the class gets any rewriting. */
  static boolean instruments(String internalName, boolean handOffs) {
    return locksOf(internalName) != Locks.NONE || (handOffs && handsOff(internalName));
  }

  /** How the monitors and locks of the class are watched. */
  static Locks locksOf(String internalName) {
    if (internalName.equals(BINS_CLASS)) {
      return Locks.BINS;
    }
    if (inAny(internalName, INTERNAL_LOCK_CLASSES)) {
      return Locks.INTERNAL;
    }
    if (inAny(internalName, SYNCHRONIZING_CLASSES)
        || internalName.startsWith("java/util/Collections$Synchronized")
        || internalName.startsWith("java/util/logging/")) {
      return Locks.SYNCHRONIZES;
    }
    return Locks.NONE;
  }

  /**
   * Whether the locks of a method are watched: all of a watched class's, but of {@code Throwable}
   * only its printing (its other synchronized methods run for every exception, for nobody).
   */
  static boolean watchesLocksIn(String internalName, String method) {
    return !internalName.equals("java/lang/Throwable") || method.startsWith("print");
  }

  /** The lock expression of the class's lock sites (what names its locks in reports). */
  static String lockExpression(String internalName, Locks locks) {
    return switch (locks) {
      case BINS -> "bin locks";
      case INTERNAL -> dotted(outerClass(internalName));
      default -> null;
    };
  }

  /** True when the class hands data over through watched variables or method rules. */
  static boolean handsOff(String internalName) {
    String outer = outerClass(internalName);
    return VARIABLES.containsKey(outer)
        || SUPERCLASSES.containsKey(outer)
        || outer.equals(POOL)
        || outer.equals(EXCHANGER)
        || internalName.equals(CONCURRENT + "ForkJoinPool$WorkQueue");
  }

  /** The watched variable a field instruction on {@code owner.name} touches, or null. */
  static Variable volatileVariable(String owner, String name) {
    for (String type = owner; type != null; type = SUPERCLASSES.get(type)) {
      Set<String> fields = VARIABLES.get(type);
      if (fields != null && fields.contains(name)) {
        return new Variable(dotted(type), name);
      }
    }
    return null;
  }

  /**
   * The variable a {@code VarHandle} or {@code Unsafe} field offset held in static field {@code
   * owner.name} stands for ({@code RESULT} for {@code result}), or null.
   */
  static Variable handleVariable(String owner, String name) {
    return volatileVariable(owner, name.toLowerCase(java.util.Locale.ROOT));
  }

  /** The hand-offs at points of this method. */
  static List<MethodRule> methodRules(String internalName, String name, String descriptor) {
    switch (internalName) {
      case FORK_JOIN_TASK:
        // fork() publishes the task to whichever thread runs it: it reads the status first
        if (name.equals("fork") && descriptor.startsWith("()")) {
          return List.of(new MethodRule(Point.ENTRY, 0, true, TASK_STATUS));
        }
        return List.of();
      case CONCURRENT + "ForkJoinPool$WorkQueue":
        // every submission to a pool pushes the task on a work queue
        if ((name.equals("push") || name.equals("lockedPush"))
            && descriptor.startsWith("(L" + FORK_JOIN_TASK + ";")) {
          return List.of(new MethodRule(Point.ENTRY, 1, true, TASK_STATUS));
        }
        return List.of();
      case POOL:
        return poolRules(name, descriptor);
      case EXCHANGER:
        if (name.equals("exchange")) {
          return List.of(
              new MethodRule(Point.ENTRY, 0, true, EXCHANGE),
              new MethodRule(Point.RETURN, 0, false, EXCHANGE));
        }
        return List.of();
      default:
        return List.of();
    }
  }

  /**
   * A task handed to {@code execute} is acquired by the worker that runs it; every worker counts
   * itself out of the pool (after its last task) before the pool can terminate, so termination
   * observed ({@code awaitTermination} or {@code isTerminated} true) acquires every worker's end.
   */
  private static List<MethodRule> poolRules(String name, String descriptor) {
    return switch (name + descriptor) {
      case "execute(Ljava/lang/Runnable;)V" ->
          List.of(new MethodRule(Point.ENTRY, 1, true, POOL_TASK));
      case "runWorker(Ljava/util/concurrent/ThreadPoolExecutor$Worker;)V" ->
          List.of(new MethodRule(Point.BEFORE_RUN, 0, false, POOL_TASK));
      case "decrementWorkerCount()V", "compareAndDecrementWorkerCount(I)Z" ->
          List.of(new MethodRule(Point.ENTRY, 0, true, POOL_TERMINATION));
      case "awaitTermination(JLjava/util/concurrent/TimeUnit;)Z", "isTerminated()Z" ->
          List.of(new MethodRule(Point.RETURN_IF_TRUE, 0, false, POOL_TERMINATION));
      default -> List.of();
    };
  }

  /** Every variable a rule can name, for registration and tests. */
  static List<Variable> namedHandOffPoints() {
    return List.of(TASK_STATUS, POOL_TASK, POOL_TERMINATION, EXCHANGE);
  }

  private static boolean inAny(String internalName, List<String> classes) {
    return classes.contains(outerClass(internalName));
  }

  /** The top-level class of a nested class's internal name. */
  static String outerClass(String internalName) {
    int dollar = internalName.indexOf('$');
    return dollar < 0 ? internalName : internalName.substring(0, dollar);
  }

  static String dotted(String internalName) {
    return internalName.replace('/', '.');
  }
}
