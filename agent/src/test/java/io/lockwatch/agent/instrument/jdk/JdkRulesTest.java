package io.lockwatch.agent.instrument.jdk;

import static org.assertj.core.api.Assertions.assertThat;

import io.lockwatch.agent.instrument.jdk.JdkRules.Locks;
import io.lockwatch.agent.instrument.jdk.JdkRules.MethodRule;
import io.lockwatch.agent.instrument.jdk.JdkRules.Point;
import io.lockwatch.agent.instrument.jdk.JdkRules.Variable;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One test per kind of row of the JDK rules: what is watched in which class, and how. */
class JdkRulesTest {
  private static final String CONCURRENT = "java/util/concurrent/";

  @Test
  void monitors_the_application_can_take_synchronize() {
    for (String type :
        List.of(
            "java/util/Vector",
            "java/util/Vector$Itr",
            "java/util/Stack",
            "java/util/Hashtable",
            "java/util/Properties",
            "java/lang/StringBuffer",
            "java/util/Collections$SynchronizedMap",
            "java/util/Collections$SynchronizedRandomAccessList",
            "java/io/PrintStream",
            "java/io/PrintWriter",
            "java/util/logging/StreamHandler",
            "java/util/logging/Logger",
            "java/lang/Throwable",
            "java/util/Timer",
            "java/util/TimerThread",
            "java/util/TaskQueue")) {
      assertThat(JdkRules.locksOf(type)).as(type).isEqualTo(Locks.SYNCHRONIZES);
    }
  }

  @Test
  void the_locks_inside_concurrent_collections_only_order_and_a_maps_bins_are_one_lock() {
    for (String type :
        List.of(
            "ArrayBlockingQueue",
            "ArrayBlockingQueue$Itr",
            "LinkedBlockingQueue",
            "LinkedBlockingDeque",
            "PriorityBlockingQueue",
            "DelayQueue",
            "CopyOnWriteArrayList",
            "CopyOnWriteArrayList$COWSubList")) {
      assertThat(JdkRules.locksOf(CONCURRENT + type)).as(type).isEqualTo(Locks.INTERNAL);
    }
    assertThat(JdkRules.locksOf(CONCURRENT + "ConcurrentHashMap")).isEqualTo(Locks.BINS);
    assertThat(JdkRules.lockExpression(CONCURRENT + "ArrayBlockingQueue$Itr", Locks.INTERNAL))
        .isEqualTo("java.util.concurrent.ArrayBlockingQueue");
    assertThat(JdkRules.lockExpression(CONCURRENT + "ConcurrentHashMap", Locks.BINS))
        .isEqualTo("bin locks");
  }

  @Test
  void what_is_not_listed_is_left_alone() {
    for (String type :
        List.of(
            "java/util/HashMap",
            "java/lang/StringBuilder",
            "java/lang/ClassLoader",
            CONCURRENT + "ConcurrentLinkedQueue",
            CONCURRENT + "ConcurrentHashMap$TreeBin",
            "java/lang/Object")) {
      assertThat(JdkRules.instruments(type, true)).as(type).isFalse();
    }
    assertThat(JdkRules.instruments(CONCURRENT + "CompletableFuture", false))
        .as("hand-offs only with race detection")
        .isFalse();
    assertThat(JdkRules.instruments(CONCURRENT + "CompletableFuture", true)).isTrue();
  }

  @Test
  void throwable_is_watched_only_while_it_prints() {
    assertThat(JdkRules.watchesLocksIn("java/lang/Throwable", "printStackTrace")).isTrue();
    assertThat(JdkRules.watchesLocksIn("java/lang/Throwable", "printEnclosedStackTrace")).isTrue();
    assertThat(JdkRules.watchesLocksIn("java/lang/Throwable", "fillInStackTrace")).isFalse();
    assertThat(JdkRules.watchesLocksIn("java/util/Vector", "add")).isTrue();
  }

  @Test
  void hand_off_variables_are_named_by_their_declaring_class_also_from_subclasses_and_handles() {
    Variable status = new Variable("java.util.concurrent.ForkJoinTask", "status");
    assertThat(JdkRules.volatileVariable(CONCURRENT + "ForkJoinTask", "status")).isEqualTo(status);
    assertThat(JdkRules.volatileVariable(CONCURRENT + "CountedCompleter", "status"))
        .isEqualTo(status);
    assertThat(JdkRules.handleVariable(CONCURRENT + "ForkJoinTask", "STATUS")).isEqualTo(status);
    assertThat(JdkRules.volatileVariable(CONCURRENT + "CompletableFuture", "result"))
        .isEqualTo(new Variable("java.util.concurrent.CompletableFuture", "result"));
    assertThat(JdkRules.handleVariable(CONCURRENT + "CompletableFuture", "STACK"))
        .isEqualTo(new Variable("java.util.concurrent.CompletableFuture", "stack"));
    assertThat(JdkRules.handleVariable(CONCURRENT + "CountedCompleter", "PENDING"))
        .isEqualTo(new Variable("java.util.concurrent.CountedCompleter", "pending"));
    assertThat(JdkRules.handleVariable(CONCURRENT + "FutureTask", "STATE"))
        .isEqualTo(new Variable("java.util.concurrent.FutureTask", "state"));
    assertThat(JdkRules.handleVariable(CONCURRENT + "FutureTask", "WAITERS"))
        .as("the waiters' stack hands nothing of the application over")
        .isNull();
    assertThat(JdkRules.handleVariable(CONCURRENT + "ForkJoinTask", "AUX")).isNull();
  }

  @Test
  void fork_and_every_work_queue_push_publish_the_task_to_whoever_runs_it() {
    assertThat(
            JdkRules.methodRules(
                CONCURRENT + "ForkJoinTask", "fork", "()Ljava/util/concurrent/ForkJoinTask;"))
        .containsExactly(
            new MethodRule(
                Point.ENTRY, 0, true, new Variable("java.util.concurrent.ForkJoinTask", "status")));
    for (String push :
        List.of(
            "(Ljava/util/concurrent/ForkJoinTask;Ljava/util/concurrent/ForkJoinPool;)V",
            "(Ljava/util/concurrent/ForkJoinTask;Ljava/util/concurrent/ForkJoinPool;Z)V")) {
      assertThat(JdkRules.methodRules(CONCURRENT + "ForkJoinPool$WorkQueue", "push", push))
          .singleElement()
          .satisfies(rule -> assertThat(rule.argument()).isEqualTo(1));
    }
  }

  @Test
  void a_pool_hands_each_task_to_its_worker_and_its_workers_to_whoever_sees_it_terminated() {
    String pool = CONCURRENT + "ThreadPoolExecutor";
    assertThat(JdkRules.methodRules(pool, "execute", "(Ljava/lang/Runnable;)V"))
        .singleElement()
        .satisfies(rule -> assertThat(rule.release()).isTrue());
    assertThat(
            JdkRules.methodRules(
                pool, "runWorker", "(Ljava/util/concurrent/ThreadPoolExecutor$Worker;)V"))
        .singleElement()
        .satisfies(rule -> assertThat(rule.point()).isEqualTo(Point.BEFORE_RUN));
    assertThat(JdkRules.methodRules(pool, "decrementWorkerCount", "()V"))
        .singleElement()
        .satisfies(rule -> assertThat(rule.release()).isTrue());
    assertThat(
            JdkRules.methodRules(pool, "awaitTermination", "(JLjava/util/concurrent/TimeUnit;)Z"))
        .singleElement()
        .satisfies(rule -> assertThat(rule.point()).isEqualTo(Point.RETURN_IF_TRUE));
    assertThat(JdkRules.methodRules(pool, "shutdown", "()V")).isEmpty();
  }

  @Test
  void an_exchange_releases_on_entry_and_acquires_on_return() {
    assertThat(
            JdkRules.methodRules(
                CONCURRENT + "Exchanger", "exchange", "(Ljava/lang/Object;)Ljava/lang/Object;"))
        .extracting(MethodRule::point, MethodRule::release)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Point.ENTRY, true),
            org.assertj.core.groups.Tuple.tuple(Point.RETURN, false));
  }
}
