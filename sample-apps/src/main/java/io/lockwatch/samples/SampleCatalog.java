package io.lockwatch.samples;

import io.lockwatch.samples.lockorder.BankTransferOrdered;
import io.lockwatch.samples.lockorder.BankTransferUnordered;
import io.lockwatch.samples.lockorder.GateLockedOrder;
import io.lockwatch.samples.lockorder.OrderedLocking;
import io.lockwatch.samples.lockorder.ReadLockCycle;
import io.lockwatch.samples.lockorder.ReadLockCycleWithWriter;
import io.lockwatch.samples.lockorder.ReentrantTransfer;
import io.lockwatch.samples.lockorder.SameThreadBothOrders;
import io.lockwatch.samples.lockorder.TimedTryLockCycle;
import io.lockwatch.samples.lockorder.TryLockBackoff;
import io.lockwatch.samples.lockorder.UnorderedLocking;
import io.lockwatch.samples.lockorder.UnorderedReentrantLocks;
import io.lockwatch.samples.primitives.BarrierPhases;
import io.lockwatch.samples.primitives.BoundedBufferConditions;
import io.lockwatch.samples.primitives.BoundedBufferMonitor;
import io.lockwatch.samples.primitives.LatchEvent;
import io.lockwatch.samples.primitives.NestedConditionLockout;
import io.lockwatch.samples.primitives.NestedMonitorFixed;
import io.lockwatch.samples.primitives.NestedMonitorLockout;
import io.lockwatch.samples.primitives.QueuePipeline;
import io.lockwatch.samples.primitives.QueueTakeWhileLocked;
import io.lockwatch.samples.primitives.RealDeadlockDemo;
import io.lockwatch.samples.primitives.SemaphoreDeadlockDemo;
import io.lockwatch.samples.primitives.SemaphoreLockCycle;
import io.lockwatch.samples.primitives.SemaphoreLockOrdered;
import io.lockwatch.samples.primitives.SemaphorePool;
import io.lockwatch.samples.primitives.WorkerPool;
import io.lockwatch.samples.races.AtomicCounter;
import io.lockwatch.samples.races.HandoffBlockingQueue;
import io.lockwatch.samples.races.HandoffExecutorFuture;
import io.lockwatch.samples.races.HandoffLatch;
import io.lockwatch.samples.races.HandoffLockedFlag;
import io.lockwatch.samples.races.InitThenStart;
import io.lockwatch.samples.races.JoinThenRead;
import io.lockwatch.samples.races.PredictOnlyRace;
import io.lockwatch.samples.races.RaceProneBank;
import io.lockwatch.samples.races.RacyHandoffBlockingQueue;
import io.lockwatch.samples.races.RacyHandoffExecutorFuture;
import io.lockwatch.samples.races.RacyHandoffLatch;
import io.lockwatch.samples.races.RacyLazyInit;
import io.lockwatch.samples.races.SafeBank;
import io.lockwatch.samples.races.TwoLocksOneField;
import io.lockwatch.samples.races.UnsafeCounter;
import io.lockwatch.samples.races.VolatileStopFlag;

/**
 * Every sample program that runs on the samples' class path alone, with the agent options it needs
 * and what Lockwatch should report for it. {@link SampleRunner} runs them all; the integration
 * tests check each one in detail (and check {@link Verdict} on the same run, so both agree).
 *
 * <p>A program can appear more than once with different options (e.g. {@code RaceProneBank} with
 * {@code races=off}); each entry then has its own name. The deadlock demos expect exit code 86:
 * they never end on their own, and run only under the agent with {@code onDeadlock=exit}.
 *
 * <p>{@code io.lockwatch.samples.shading.AppWithOwnGson} is not listed: it needs a Gson jar on its
 * class path, and only {@code ShadedGsonIT} runs it.
 */
public enum SampleCatalog {
  UNORDERED_LOCKING(
      UnorderedLocking.class,
      Expected.cycles(
          1, "deadlock", "high", "1 deadlock cycle: two monitors taken in opposite orders")),
  ORDERED_LOCKING(
      OrderedLocking.class, Expected.nothing("nothing: both threads take the monitors A then B")),
  BANK_TRANSFER_UNORDERED(
      BankTransferUnordered.class,
      Expected.cycles(
          1,
          "deadlock",
          "high",
          "1 deadlock cycle (two account pairs, one code path): transfer locks source then"
              + " target")),
  BANK_TRANSFER_ORDERED(
      BankTransferOrdered.class,
      Expected.nothing("nothing: transfer locks the account with the lower id first")),
  UNORDERED_REENTRANT_LOCKS(
      UnorderedReentrantLocks.class,
      Expected.cycles(
          1, "deadlock", "high", "1 deadlock cycle: two ReentrantLocks taken in opposite orders")),
  REENTRANT_TRANSFER(
      ReentrantTransfer.class,
      Expected.nothing("nothing: re-entrant re-acquisition of a held lock adds no edge")),
  SAME_THREAD_BOTH_ORDERS(
      SameThreadBothOrders.class,
      Expected.filtered(
          "sameThread", "nothing: one thread takes both orders (filtered as sameThread)")),
  GATE_LOCKED_ORDER(
      GateLockedOrder.class,
      Expected.filtered(
          "gateLock", "nothing: opposite orders, but always inside one GATE lock (gateLock)")),
  TRY_LOCK_BACKOFF(
      TryLockBackoff.class,
      Expected.filtered(
          "tryLock", "nothing: the opposite order only tryLock()s and backs off (tryLock)")),
  READ_LOCK_CYCLE(
      ReadLockCycle.class,
      Expected.filtered(
          "readOnly", "nothing: a cycle of read locks that nobody write-locks (readOnly)")),
  READ_LOCK_CYCLE_WITH_WRITER(
      ReadLockCycleWithWriter.class,
      Expected.cycles(
          1,
          "read-write",
          "medium",
          "1 read-write cycle of medium severity: read-lock cycle plus a writer")),
  TIMED_TRY_LOCK_CYCLE(
      TimedTryLockCycle.class,
      Expected.cycles(
          1,
          "stall",
          "medium",
          "1 stall of medium severity: opposite orders with tryLock(timeout)")),

  // --- primitives: wait/notify, conditions, semaphores, latches, barriers, queues (issue 4)
  BOUNDED_BUFFER_CONDITIONS(
      BoundedBufferConditions.class,
      Expected.nothing("nothing: await/signalAll on two Conditions of the one lock held")),
  BOUNDED_BUFFER_MONITOR(
      BoundedBufferMonitor.class,
      Expected.nothing("nothing: wait/notifyAll on the one monitor held")),
  SEMAPHORE_POOL(
      SemaphorePool.class,
      Expected.nothing("nothing: 6 workers share 3 resources through a Semaphore(3)")),
  LATCH_EVENT(
      LatchEvent.class,
      Expected.nothing("nothing: consumers await a CountDownLatch(1) event, then read")),
  BARRIER_PHASES(
      BarrierPhases.class,
      Expected.nothing("nothing: 4 workers, 2 phases, one CyclicBarrier(4)")),
  QUEUE_PIPELINE(
      QueuePipeline.class,
      Expected.nothing("nothing: BlockingQueue pipeline, 3 consumers, poison pill")),
  WORKER_POOL(
      WorkerPool.class,
      Expected.nothing("nothing: counter under a lock, queues, latches and a barrier together")),
  NESTED_MONITOR_LOCKOUT(
      NestedMonitorLockout.class,
      Expected.waitHazards(
          1, "Object.wait", "1 wait hazard: wait() on the slot while holding the counter")),
  NESTED_CONDITION_LOCKOUT(
      NestedConditionLockout.class,
      Expected.waitHazards(
          1,
          "Condition.await",
          "1 wait hazard: await on the slot's Condition while holding the counter lock")),
  NESTED_MONITOR_FIXED(
      NestedMonitorFixed.class,
      Expected.nothing("nothing: the counter is released before waiting on the slot")),
  QUEUE_TAKE_WHILE_LOCKED(
      QueueTakeWhileLocked.class,
      Expected.waitHazards(
          1, "BlockingQueue.take", "1 wait hazard: take() while holding the ledger's monitor")),
  SEMAPHORE_LOCK_CYCLE(
      SemaphoreLockCycle.class,
      Expected.cycles(
              1,
              "deadlock",
              "high",
              "1 deadlock cycle through a Semaphore(1) and a lock, and 1 wait hazard"
                  + " (Semaphore.acquire while holding the lock)")
          .withWaitHazards(1, "Semaphore.acquire")),
  SEMAPHORE_LOCK_ORDERED(
      SemaphoreLockOrdered.class,
      Expected.nothing("nothing: the permit is always taken before the lock")),
  REAL_DEADLOCK_DEMO(
      RealDeadlockDemo.class,
      "onDeadlock=exit",
      Expected.deadlock(
              "jvm",
              "a real deadlock seen by the JVM (exit 86), and the lock-order cycle that"
                  + " predicted it")
          .withCycles(1, "deadlock", "high")),
  SEMAPHORE_DEADLOCK_DEMO(
      SemaphoreDeadlockDemo.class,
      "onDeadlock=exit,watchdogMs=200",
      Expected.deadlock(
              "agent",
              "a real deadlock through a semaphore, seen by the agent (exit 86), and 1 wait"
                  + " hazard (Semaphore.acquire while holding the lock)")
          .withWaitHazards(1, "Semaphore.acquire")),

  // --- races: unguarded shared fields, each with its race-free twin (issue 3)
  RACE_PRONE_BANK(
      RaceProneBank.class,
      Expected.races(1, true, "1 observed race on Account.balance: read, pause, write, no lock")
          .withoutLocks()
          .withOption("races", "on")),
  RACE_PRONE_BANK_RACES_OFF(
      "RaceProneBank-racesOff",
      RaceProneBank.class,
      "races=off",
      Expected.nothing("nothing: the same race, with race detection turned off")
          .evidencedBy(Expected.CLASSES_INSTRUMENTED)
          .withOption("races", "off")),
  SAFE_BANK(
      SafeBank.class,
      Expected.nothing("nothing: the read-pause-write holds the account's lock")
          .withOption("races", "on")),
  UNSAFE_COUNTER(
      UnsafeCounter.class,
      Expected.races(1, true, "1 observed race on Counter.count: count++ from two threads")
          .withoutLocks()
          .withOption("races", "on")),
  ATOMIC_COUNTER(
      AtomicCounter.class,
      Expected.nothing("nothing: an AtomicLong counter")
          .withoutLocks()
          .withOption("races", "on")),
  VOLATILE_STOP_FLAG(
      VolatileStopFlag.class,
      Expected.nothing("nothing: a volatile stop flag publishes the reason written before it")
          .withoutLocks()
          .withOption("races", "on")),
  TWO_LOCKS_ONE_FIELD(
      TwoLocksOneField.class,
      Expected.races(
              1, true, "1 observed race on Inventory.stock: each thread holds a different lock")
          .withOption("races", "on")),
  INIT_THEN_START(
      InitThenStart.class,
      Expected.nothing("nothing: initialised before Thread.start()")
          .withoutLocks()
          .withOption("races", "on")),
  JOIN_THEN_READ(
      JoinThenRead.class,
      Expected.nothing("nothing: read after Thread.join()")
          .withoutLocks()
          .withOption("races", "on")),
  HANDOFF_BLOCKING_QUEUE(
      HandoffBlockingQueue.class,
      Expected.nothing("nothing: a mutable order handed over by put/take")
          .withoutLocks()
          .withOption("races", "on")),
  RACY_HANDOFF_BLOCKING_QUEUE(
      RacyHandoffBlockingQueue.class,
      Expected.races(1, true, "1 observed race on Order.amount: peeked at before take()")
          .withoutLocks()
          .withOption("races", "on")),
  HANDOFF_EXECUTOR_FUTURE(
      HandoffExecutorFuture.class,
      Expected.nothing("nothing: input before submit(), output after Future.get()")
          .withoutLocks()
          .withOption("races", "on")),
  RACY_HANDOFF_EXECUTOR_FUTURE(
      RacyHandoffExecutorFuture.class,
      Expected.races(1, true, "1 observed race on Job.output: peeked at before Future.get()")
          .withoutLocks()
          .withOption("races", "on")),
  HANDOFF_LATCH(
      HandoffLatch.class,
      Expected.nothing("nothing: written before countDown(), read after await()")
          .withoutLocks()
          .withOption("races", "on")),
  RACY_HANDOFF_LATCH(
      RacyHandoffLatch.class,
      Expected.races(1, true, "1 observed race on Report.pages: read before await()")
          .withoutLocks()
          .withOption("races", "on")),
  HANDOFF_LOCKED_FLAG(
      HandoffLockedFlag.class,
      Expected.nothing("nothing: a flag guarded by a lock orders the unlocked parcel")
          .withOption("races", "on")),
  RACY_LAZY_INIT(
      RacyLazyInit.class,
      Expected.races(1, true, "1 observed race on RacyLazyInit.instance: DCL without volatile")
          .withOption("races", "on")),
  PREDICT_ONLY_RACE(
      PredictOnlyRace.class,
      Expected.nothing("nothing with races=on: an unrelated lock orders every access")
          .withOption("races", "on")),
  PREDICT_ONLY_RACE_PREDICTED(
      "PredictOnlyRace-predict",
      PredictOnlyRace.class,
      "races=predict",
      Expected.races(
              1, false, "1 predicted race (observedRace false) on Tally.count: no common lock")
          .withOption("races", "predict"));

  private final String name;
  private final Class<?> mainClass;
  private final String agentOptions;
  private final Expected expected;

  SampleCatalog(Class<?> mainClass, Expected expected) {
    this(mainClass, "", expected);
  }

  SampleCatalog(Class<?> mainClass, String agentOptions, Expected expected) {
    this(mainClass.getSimpleName(), mainClass, agentOptions, expected);
  }

  SampleCatalog(String name, Class<?> mainClass, String agentOptions, Expected expected) {
    this.name = name;
    this.mainClass = mainClass;
    this.agentOptions = agentOptions;
    this.expected = expected;
  }

  /**
   * The sample's name, also the name of its report file: its main class's simple name, or for a
   * second run of the same program with other options, that name and a suffix.
   */
  public String sampleName() {
    return name;
  }

  public Class<?> mainClass() {
    return mainClass;
  }

  /**
   * True when the program ends by itself (run plainly, without the agent); false for the deadlock
   * demos, which hang unless {@code onDeadlock=exit} ends them.
   */
  public boolean endsByItself() {
    return expected.exitCode() == 0;
  }

  /** Agent options besides {@code report}, as {@code key=value,...}; empty for the defaults. */
  public String agentOptions() {
    return agentOptions;
  }

  public Expected expected() {
    return expected;
  }
}
