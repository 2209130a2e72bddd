package io.lockwatch.samples;

import io.lockwatch.samples.contracts.AliveHandoff;
import io.lockwatch.samples.contracts.AtomicHandoffs;
import io.lockwatch.samples.contracts.HandleHandoffs;
import io.lockwatch.samples.contracts.HandleLocks;
import io.lockwatch.samples.contracts.InterruptHandoffs;
import io.lockwatch.samples.contracts.MapHandoffs;
import io.lockwatch.samples.contracts.PhaserHandoffs;
import io.lockwatch.samples.contracts.QueueHandoffs;
import io.lockwatch.samples.contracts.RacyAliveHandoff;
import io.lockwatch.samples.contracts.RacyAtomicHandoffs;
import io.lockwatch.samples.contracts.RacyHandleHandoffs;
import io.lockwatch.samples.contracts.RacyHandleLocks;
import io.lockwatch.samples.contracts.RacyInterruptHandoffs;
import io.lockwatch.samples.contracts.RacyMapHandoffs;
import io.lockwatch.samples.contracts.RacyPhaserHandoffs;
import io.lockwatch.samples.contracts.RacyQueueHandoffs;
import io.lockwatch.samples.contracts.RacySleepAndPark;
import io.lockwatch.samples.contracts.RacyVolatileHandleMix;
import io.lockwatch.samples.contracts.VolatileHandleMix;
import io.lockwatch.samples.jdk.AwaitTerminationRacyRead;
import io.lockwatch.samples.jdk.AwaitTerminationResults;
import io.lockwatch.samples.jdk.BlockingQueueCancelledFirst;
import io.lockwatch.samples.jdk.BlockingQueueRemoveIf;
import io.lockwatch.samples.jdk.CompletableFutureComplete;
import io.lockwatch.samples.jdk.CompletableFutureRacyCombine;
import io.lockwatch.samples.jdk.CompletableFutureRacyComplete;
import io.lockwatch.samples.jdk.CompletableFutureRacyPeek;
import io.lockwatch.samples.jdk.CompletableFutureStages;
import io.lockwatch.samples.jdk.ConcurrentHashMapCompute;
import io.lockwatch.samples.jdk.ConcurrentHashMapOpenFirst;
import io.lockwatch.samples.jdk.ConcurrentQueuesCallbacks;
import io.lockwatch.samples.jdk.ConcurrentQueuesCallbacksOutside;
import io.lockwatch.samples.jdk.DateFormatPerThread;
import io.lockwatch.samples.jdk.ExchangerRacyRefill;
import io.lockwatch.samples.jdk.ExchangerSwap;
import io.lockwatch.samples.jdk.ForkJoinRacyInput;
import io.lockwatch.samples.jdk.ForkJoinSquares;
import io.lockwatch.samples.jdk.FutureTaskHandoff;
import io.lockwatch.samples.jdk.FutureTaskRacyPeek;
import io.lockwatch.samples.jdk.HashtableComputeIfAbsent;
import io.lockwatch.samples.jdk.HashtableIdFirst;
import io.lockwatch.samples.jdk.InvokeAllRacyTimeout;
import io.lockwatch.samples.jdk.InvokeAllResults;
import io.lockwatch.samples.jdk.InvokeAnyRacyLoser;
import io.lockwatch.samples.jdk.LegacyMonitorsCallbacks;
import io.lockwatch.samples.jdk.LegacyMonitorsCallbacksOutside;
import io.lockwatch.samples.jdk.LogManagerCallbacks;
import io.lockwatch.samples.jdk.LogManagerCallbacksOutside;
import io.lockwatch.samples.jdk.LoggingHandlerPublish;
import io.lockwatch.samples.jdk.LoggingOutsideTheJournal;
import io.lockwatch.samples.jdk.ParallelStreamRacyTotal;
import io.lockwatch.samples.jdk.ParallelStreamSquares;
import io.lockwatch.samples.jdk.PrintStreamFormat;
import io.lockwatch.samples.jdk.PrintStreamFormattedFirst;
import io.lockwatch.samples.jdk.ScheduledRacyCancel;
import io.lockwatch.samples.jdk.ScheduledRacyLateInput;
import io.lockwatch.samples.jdk.ScheduledTicker;
import io.lockwatch.samples.jdk.SessionTableGuarded;
import io.lockwatch.samples.jdk.SessionTableUnguarded;
import io.lockwatch.samples.jdk.SharedCollectionsGuarded;
import io.lockwatch.samples.jdk.SharedCollectionsUnguarded;
import io.lockwatch.samples.jdk.SharedDateFormat;
import io.lockwatch.samples.jdk.SharedHashMapGuarded;
import io.lockwatch.samples.jdk.SharedHashMapRegistry;
import io.lockwatch.samples.jdk.SharedListGuarded;
import io.lockwatch.samples.jdk.SharedListIteration;
import io.lockwatch.samples.jdk.SharedStringBuilder;
import io.lockwatch.samples.jdk.SharedStringBuilderGuarded;
import io.lockwatch.samples.jdk.StringBufferAppend;
import io.lockwatch.samples.jdk.StringBufferFormattedFirst;
import io.lockwatch.samples.jdk.SynchronizedListCopied;
import io.lockwatch.samples.jdk.SynchronizedListIteration;
import io.lockwatch.samples.jdk.SynchronizedMapMonitor;
import io.lockwatch.samples.jdk.SynchronizedMapRacyUpdate;
import io.lockwatch.samples.jdk.TimerRacyInput;
import io.lockwatch.samples.jdk.TimerSchedule;
import io.lockwatch.samples.jdk.VectorForEach;
import io.lockwatch.samples.jdk.VectorSnapshot;
import io.lockwatch.samples.lockclasses.CrossInstanceOrders;
import io.lockwatch.samples.lockclasses.CrossInstanceSameOrder;
import io.lockwatch.samples.lockclasses.ExistingLockInPool;
import io.lockwatch.samples.lockclasses.FreshLockInPool;
import io.lockwatch.samples.lockclasses.LateCycleAfterManyEdges;
import io.lockwatch.samples.lockclasses.LateOrderAfterManyEdges;
import io.lockwatch.samples.lockclasses.ManyAccountsOrdered;
import io.lockwatch.samples.lockclasses.ManyAccountsUnordered;
import io.lockwatch.samples.lockclasses.ReadWriteDowngrade;
import io.lockwatch.samples.lockclasses.ReadWriteDowngradeOrdered;
import io.lockwatch.samples.lockclasses.ReadWriteReleaseThenWrite;
import io.lockwatch.samples.lockclasses.ReadWriteUpgrade;
import io.lockwatch.samples.lockclasses.SemaphoreBulkhead;
import io.lockwatch.samples.lockclasses.SemaphoreMutexGate;
import io.lockwatch.samples.lockclasses.SemaphorePermitExhaustion;
import io.lockwatch.samples.lockclasses.SignalSemaphore;
import io.lockwatch.samples.lockclasses.StampedConvertCycle;
import io.lockwatch.samples.lockclasses.StampedConvertOrdered;
import io.lockwatch.samples.lockclasses.StampedLockCycle;
import io.lockwatch.samples.lockclasses.StampedReacquire;
import io.lockwatch.samples.lockclasses.StampedReadOnlyOrders;
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
import io.lockwatch.samples.lockorder.WriterLockAfterRetry;
import io.lockwatch.samples.predict.AuditLockHidesRace;
import io.lockwatch.samples.predict.AuditLockOrdersRace;
import io.lockwatch.samples.predict.ExecutorHandoffBesideLocks;
import io.lockwatch.samples.predict.QueueHandoffBesideLocks;
import io.lockwatch.samples.predict.VolatileFlagBesideLocks;
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
import io.lockwatch.samples.primitives.SyncMethodDeadlockDemo;
import io.lockwatch.samples.primitives.SyncMethodNodesOrdered;
import io.lockwatch.samples.primitives.WorkerPool;
import io.lockwatch.samples.races.ArraySlices;
import io.lockwatch.samples.races.AtomicCounter;
import io.lockwatch.samples.races.HandoffBlockingQueue;
import io.lockwatch.samples.races.HandoffExecutorFuture;
import io.lockwatch.samples.races.HandoffLatch;
import io.lockwatch.samples.races.HandoffLockedFlag;
import io.lockwatch.samples.races.InitThenStart;
import io.lockwatch.samples.races.JoinThenRead;
import io.lockwatch.samples.races.ManyKeysManyThreads;
import io.lockwatch.samples.races.OverlappingSlices;
import io.lockwatch.samples.races.PredictOnlyRace;
import io.lockwatch.samples.races.RaceProneBank;
import io.lockwatch.samples.races.RacyHandoffBlockingQueue;
import io.lockwatch.samples.races.RacyHandoffExecutorFuture;
import io.lockwatch.samples.races.RacyHandoffLatch;
import io.lockwatch.samples.races.RacyHistogram;
import io.lockwatch.samples.races.RacyLazyInit;
import io.lockwatch.samples.races.RacyManyKeysManyThreads;
import io.lockwatch.samples.races.RacyStaticInit;
import io.lockwatch.samples.races.RacyThreadChurn;
import io.lockwatch.samples.races.ReadLockHitCounter;
import io.lockwatch.samples.races.ReadLockHitCounterFixed;
import io.lockwatch.samples.races.SafeBank;
import io.lockwatch.samples.races.ShutdownHookAfterExit;
import io.lockwatch.samples.races.ShutdownHookRacyExit;
import io.lockwatch.samples.races.ShutdownHookRacyFlush;
import io.lockwatch.samples.races.ShutdownHookSummary;
import io.lockwatch.samples.races.StampedOptimisticRead;
import io.lockwatch.samples.races.StampedUnvalidatedRead;
import io.lockwatch.samples.races.StaticInitPublishes;
import io.lockwatch.samples.races.ThreadChurn;
import io.lockwatch.samples.races.TwoLocksOneField;
import io.lockwatch.samples.races.UnsafeCounter;
import io.lockwatch.samples.races.VolatileStopFlag;
import io.lockwatch.testkit.expect.ExpectedRun;
import java.util.Arrays;
import java.util.Optional;

/**
 * Every sample program that runs on the samples' class path alone, with the agent options it needs.
 * What Lockwatch should report for each is not here: it is written in the sample's source as {@code
 * // @expect:} statements (see {@code io.lockwatch.testkit.expect}), on the lines that must be
 * reported, and {@link #expected()} reads it from there. {@link SampleRunner} and the integration
 * test {@code SampleValidationIT} check the same statements with the same code, so {@code
 * ./run-samples.sh} says OK for a sample exactly when its tests pass.
 *
 * <p>A program can appear more than once with different options (e.g. {@code RaceProneBank} with
 * {@code races=off}); such an entry names its run (statements with {@code run=racesOff}), and its
 * sample name is the program's and the run's ({@code RaceProneBank-racesOff}). The deadlock demos
 * never end on their own: they run only under the agent with {@code onDeadlock=exit} and expect
 * exit code 86.
 *
 * <p>{@code io.lockwatch.samples.shading.AppWithOwnGson} is not listed: it needs a Gson jar on its
 * class path, and only {@code ShadedGsonIT} runs it.
 */
public enum SampleCatalog {
  UNORDERED_LOCKING(UnorderedLocking.class),
  ORDERED_LOCKING(OrderedLocking.class),
  BANK_TRANSFER_UNORDERED(BankTransferUnordered.class),
  BANK_TRANSFER_ORDERED(BankTransferOrdered.class),
  UNORDERED_REENTRANT_LOCKS(UnorderedReentrantLocks.class),
  WRITER_LOCK_AFTER_RETRY(WriterLockAfterRetry.class),
  REENTRANT_TRANSFER(ReentrantTransfer.class),
  SAME_THREAD_BOTH_ORDERS(SameThreadBothOrders.class),
  GATE_LOCKED_ORDER(GateLockedOrder.class),
  TRY_LOCK_BACKOFF(TryLockBackoff.class),
  READ_LOCK_CYCLE(ReadLockCycle.class),
  READ_LOCK_CYCLE_WITH_WRITER(ReadLockCycleWithWriter.class),
  TIMED_TRY_LOCK_CYCLE(TimedTryLockCycle.class),

  // --- lock classes: real shapes of lock order, each with its correct twin
  MANY_ACCOUNTS_UNORDERED(ManyAccountsUnordered.class, "", "races=off"),
  MANY_ACCOUNTS_ORDERED(ManyAccountsOrdered.class, "", "races=off"),
  LATE_CYCLE_AFTER_MANY_EDGES(LateCycleAfterManyEdges.class, "", "maxEdges=1000"),
  LATE_ORDER_AFTER_MANY_EDGES(LateOrderAfterManyEdges.class, "", "maxEdges=1000"),
  SEMAPHORE_BULKHEAD(SemaphoreBulkhead.class),
  SEMAPHORE_MUTEX_GATE(SemaphoreMutexGate.class),
  SEMAPHORE_PERMIT_EXHAUSTION(SemaphorePermitExhaustion.class),
  READ_WRITE_DOWNGRADE(ReadWriteDowngrade.class),
  READ_WRITE_DOWNGRADE_ORDERED(ReadWriteDowngradeOrdered.class),
  READ_WRITE_UPGRADE(ReadWriteUpgrade.class),
  READ_WRITE_RELEASE_THEN_WRITE(ReadWriteReleaseThenWrite.class),
  CROSS_INSTANCE_ORDERS(CrossInstanceOrders.class),
  CROSS_INSTANCE_SAME_ORDER(CrossInstanceSameOrder.class),
  FRESH_LOCK_IN_POOL(FreshLockInPool.class),
  EXISTING_LOCK_IN_POOL(ExistingLockInPool.class),
  SIGNAL_SEMAPHORE(SignalSemaphore.class),
  STAMPED_LOCK_CYCLE(StampedLockCycle.class),
  STAMPED_CONVERT_CYCLE(StampedConvertCycle.class),
  STAMPED_CONVERT_ORDERED(StampedConvertOrdered.class),
  STAMPED_READ_ONLY_ORDERS(StampedReadOnlyOrders.class),
  STAMPED_REACQUIRE(StampedReacquire.class),

  // --- primitives: wait/notify, conditions, semaphores, latches, barriers, queues
  BOUNDED_BUFFER_CONDITIONS(BoundedBufferConditions.class),
  BOUNDED_BUFFER_MONITOR(BoundedBufferMonitor.class),
  SEMAPHORE_POOL(SemaphorePool.class),
  LATCH_EVENT(LatchEvent.class),
  BARRIER_PHASES(BarrierPhases.class),
  QUEUE_PIPELINE(QueuePipeline.class),
  WORKER_POOL(WorkerPool.class),
  NESTED_MONITOR_LOCKOUT(NestedMonitorLockout.class),
  NESTED_CONDITION_LOCKOUT(NestedConditionLockout.class),
  NESTED_MONITOR_FIXED(NestedMonitorFixed.class),
  QUEUE_TAKE_WHILE_LOCKED(QueueTakeWhileLocked.class),
  SEMAPHORE_LOCK_CYCLE(SemaphoreLockCycle.class),
  SEMAPHORE_LOCK_ORDERED(SemaphoreLockOrdered.class),
  REAL_DEADLOCK_DEMO(RealDeadlockDemo.class, "", "onDeadlock=exit"),
  SEMAPHORE_DEADLOCK_DEMO(SemaphoreDeadlockDemo.class, "", "onDeadlock=exit,watchdogMs=200"),
  SYNC_METHOD_DEADLOCK_DEMO(SyncMethodDeadlockDemo.class, "", "onDeadlock=exit,watchdogMs=200"),
  SYNC_METHOD_NODES_ORDERED(SyncMethodNodesOrdered.class),

  // --- races: unguarded shared fields, each with its race-free twin
  RACE_PRONE_BANK(RaceProneBank.class),
  RACE_PRONE_BANK_RACES_OFF(RaceProneBank.class, "racesOff", "races=off"),
  SAFE_BANK(SafeBank.class),
  STAMPED_OPTIMISTIC_READ(StampedOptimisticRead.class),
  STAMPED_UNVALIDATED_READ(StampedUnvalidatedRead.class),
  UNSAFE_COUNTER(UnsafeCounter.class),
  ATOMIC_COUNTER(AtomicCounter.class),
  VOLATILE_STOP_FLAG(VolatileStopFlag.class),
  TWO_LOCKS_ONE_FIELD(TwoLocksOneField.class),
  INIT_THEN_START(InitThenStart.class),
  JOIN_THEN_READ(JoinThenRead.class),
  HANDOFF_BLOCKING_QUEUE(HandoffBlockingQueue.class),
  RACY_HANDOFF_BLOCKING_QUEUE(RacyHandoffBlockingQueue.class),
  HANDOFF_EXECUTOR_FUTURE(HandoffExecutorFuture.class),
  RACY_HANDOFF_EXECUTOR_FUTURE(RacyHandoffExecutorFuture.class),
  HANDOFF_LATCH(HandoffLatch.class),
  RACY_HANDOFF_LATCH(RacyHandoffLatch.class),
  HANDOFF_LOCKED_FLAG(HandoffLockedFlag.class),
  RACY_LAZY_INIT(RacyLazyInit.class),
  PREDICT_ONLY_RACE(PredictOnlyRace.class),
  PREDICT_ONLY_RACE_PREDICTED(PredictOnlyRace.class, "predict", "races=predict"),
  // --- predict: races hidden behind incidental lock orders (WCP), and hand-offs it must keep
  AUDIT_LOCK_HIDES_RACE(AuditLockHidesRace.class),
  AUDIT_LOCK_HIDES_RACE_PREDICTED(AuditLockHidesRace.class, "predict", "races=predict"),
  AUDIT_LOCK_ORDERS_RACE(AuditLockOrdersRace.class),
  AUDIT_LOCK_ORDERS_RACE_PREDICTED(AuditLockOrdersRace.class, "predict", "races=predict"),
  QUEUE_HANDOFF_BESIDE_LOCKS(QueueHandoffBesideLocks.class),
  QUEUE_HANDOFF_BESIDE_LOCKS_PREDICTED(QueueHandoffBesideLocks.class, "predict", "races=predict"),
  EXECUTOR_HANDOFF_BESIDE_LOCKS(ExecutorHandoffBesideLocks.class),
  EXECUTOR_HANDOFF_BESIDE_LOCKS_PREDICTED(
      ExecutorHandoffBesideLocks.class, "predict", "races=predict"),
  VOLATILE_FLAG_BESIDE_LOCKS(VolatileFlagBesideLocks.class),
  VOLATILE_FLAG_BESIDE_LOCKS_PREDICTED(VolatileFlagBesideLocks.class, "predict", "races=predict"),
  ARRAY_SLICES(ArraySlices.class),
  RACY_HISTOGRAM(RacyHistogram.class),
  OVERLAPPING_SLICES(OverlappingSlices.class),
  READ_LOCK_HIT_COUNTER(ReadLockHitCounter.class),
  READ_LOCK_HIT_COUNTER_FIXED(ReadLockHitCounterFixed.class),
  SHUTDOWN_HOOK_RACY_FLUSH(ShutdownHookRacyFlush.class),
  SHUTDOWN_HOOK_SUMMARY(ShutdownHookSummary.class),
  SHUTDOWN_HOOK_AFTER_EXIT(ShutdownHookAfterExit.class),
  SHUTDOWN_HOOK_RACY_EXIT(ShutdownHookRacyExit.class),
  STATIC_INIT_PUBLISHES(StaticInitPublishes.class),
  RACY_STATIC_INIT(RacyStaticInit.class),
  THREAD_CHURN(ThreadChurn.class),
  RACY_THREAD_CHURN(RacyThreadChurn.class),
  MANY_KEYS_MANY_THREADS(ManyKeysManyThreads.class),
  RACY_MANY_KEYS_MANY_THREADS(RacyManyKeysManyThreads.class),

  // --- contracts: hand-offs through the JDK's thread-safe classes, as the JDK documents them
  MAP_HANDOFFS(MapHandoffs.class),
  RACY_MAP_HANDOFFS(RacyMapHandoffs.class),
  ATOMIC_HANDOFFS(AtomicHandoffs.class),
  RACY_ATOMIC_HANDOFFS(RacyAtomicHandoffs.class),
  QUEUE_HANDOFFS(QueueHandoffs.class),
  RACY_QUEUE_HANDOFFS(RacyQueueHandoffs.class),
  HANDLE_HANDOFFS(HandleHandoffs.class),
  RACY_HANDLE_HANDOFFS(RacyHandleHandoffs.class),
  VOLATILE_HANDLE_MIX(VolatileHandleMix.class),
  RACY_VOLATILE_HANDLE_MIX(RacyVolatileHandleMix.class),
  RACY_SLEEP_AND_PARK(RacySleepAndPark.class),
  INTERRUPT_HANDOFFS(InterruptHandoffs.class),
  RACY_INTERRUPT_HANDOFFS(RacyInterruptHandoffs.class),
  ALIVE_HANDOFF(AliveHandoff.class),
  RACY_ALIVE_HANDOFF(RacyAliveHandoff.class),
  PHASER_HANDOFFS(PhaserHandoffs.class),
  RACY_PHASER_HANDOFFS(RacyPhaserHandoffs.class),
  HANDLE_LOCKS(HandleLocks.class),
  RACY_HANDLE_LOCKS(RacyHandleLocks.class),
  ARRAY_SLICES_ARRAYS_OFF(ArraySlices.class, "arraysOff", "arrays=off"),
  RACY_HISTOGRAM_ARRAYS_OFF(RacyHistogram.class, "arraysOff", "arrays=off"),

  // --- jdk: locks the JDK takes on the application's behalf, each with its correct twin
  SYNCHRONIZED_LIST_ITERATION(SynchronizedListIteration.class),
  SYNCHRONIZED_LIST_COPIED(SynchronizedListCopied.class),
  HASHTABLE_COMPUTE_IF_ABSENT(HashtableComputeIfAbsent.class),
  HASHTABLE_ID_FIRST(HashtableIdFirst.class),
  VECTOR_FOR_EACH(VectorForEach.class),
  VECTOR_SNAPSHOT(VectorSnapshot.class),
  STRING_BUFFER_APPEND(StringBufferAppend.class),
  STRING_BUFFER_FORMATTED_FIRST(StringBufferFormattedFirst.class),
  PRINT_STREAM_FORMAT(PrintStreamFormat.class),
  PRINT_STREAM_FORMATTED_FIRST(PrintStreamFormattedFirst.class),
  LOGGING_HANDLER_PUBLISH(LoggingHandlerPublish.class),
  LOGGING_OUTSIDE_THE_JOURNAL(LoggingOutsideTheJournal.class),
  CONCURRENT_HASH_MAP_COMPUTE(ConcurrentHashMapCompute.class),
  CONCURRENT_HASH_MAP_OPEN_FIRST(ConcurrentHashMapOpenFirst.class),
  BLOCKING_QUEUE_REMOVE_IF(BlockingQueueRemoveIf.class),
  BLOCKING_QUEUE_CANCELLED_FIRST(BlockingQueueCancelledFirst.class),
  CONCURRENT_QUEUES_CALLBACKS(ConcurrentQueuesCallbacks.class),
  CONCURRENT_QUEUES_CALLBACKS_OUTSIDE(ConcurrentQueuesCallbacksOutside.class),
  LEGACY_MONITORS_CALLBACKS(LegacyMonitorsCallbacks.class),
  LEGACY_MONITORS_CALLBACKS_OUTSIDE(LegacyMonitorsCallbacksOutside.class),

  // --- jdk: one monitor from both sides of a synchronized wrapper
  SYNCHRONIZED_MAP_MONITOR(SynchronizedMapMonitor.class),
  SYNCHRONIZED_MAP_RACY_UPDATE(SynchronizedMapRacyUpdate.class),

  // --- jdk: JDK objects that are not thread-safe, shared without a lock
  SHARED_HASH_MAP_REGISTRY(SharedHashMapRegistry.class),
  SHARED_COLLECTIONS_UNGUARDED(SharedCollectionsUnguarded.class),
  SHARED_COLLECTIONS_GUARDED(SharedCollectionsGuarded.class),
  SESSION_TABLE_UNGUARDED(SessionTableUnguarded.class),
  SESSION_TABLE_GUARDED(SessionTableGuarded.class),
  LOG_MANAGER_CALLBACKS(LogManagerCallbacks.class),
  LOG_MANAGER_CALLBACKS_OUTSIDE(LogManagerCallbacksOutside.class),
  SHARED_HASH_MAP_GUARDED(SharedHashMapGuarded.class),
  SHARED_LIST_ITERATION(SharedListIteration.class),
  SHARED_LIST_GUARDED(SharedListGuarded.class),
  SHARED_STRING_BUILDER(SharedStringBuilder.class),
  SHARED_STRING_BUILDER_GUARDED(SharedStringBuilderGuarded.class),
  SHARED_DATE_FORMAT(SharedDateFormat.class),
  DATE_FORMAT_PER_THREAD(DateFormatPerThread.class),

  // --- jdk: data handed over through JDK machinery
  FORK_JOIN_SQUARES(ForkJoinSquares.class),
  FORK_JOIN_RACY_INPUT(ForkJoinRacyInput.class),
  PARALLEL_STREAM_SQUARES(ParallelStreamSquares.class),
  PARALLEL_STREAM_RACY_TOTAL(ParallelStreamRacyTotal.class),
  COMPLETABLE_FUTURE_STAGES(CompletableFutureStages.class),
  COMPLETABLE_FUTURE_RACY_PEEK(CompletableFutureRacyPeek.class),
  COMPLETABLE_FUTURE_RACY_COMBINE(CompletableFutureRacyCombine.class),
  COMPLETABLE_FUTURE_COMPLETE(CompletableFutureComplete.class),
  COMPLETABLE_FUTURE_RACY_COMPLETE(CompletableFutureRacyComplete.class),
  EXCHANGER_SWAP(ExchangerSwap.class),
  EXCHANGER_RACY_REFILL(ExchangerRacyRefill.class),
  TIMER_SCHEDULE(TimerSchedule.class),
  TIMER_RACY_INPUT(TimerRacyInput.class),
  INVOKE_ALL_RESULTS(InvokeAllResults.class),
  INVOKE_ALL_RACY_TIMEOUT(InvokeAllRacyTimeout.class),
  INVOKE_ANY_RACY_LOSER(InvokeAnyRacyLoser.class),
  SCHEDULED_TICKER(ScheduledTicker.class),
  SCHEDULED_RACY_CANCEL(ScheduledRacyCancel.class),
  SCHEDULED_RACY_LATE_INPUT(ScheduledRacyLateInput.class),
  AWAIT_TERMINATION_RESULTS(AwaitTerminationResults.class),
  AWAIT_TERMINATION_RACY_READ(AwaitTerminationRacyRead.class),
  FUTURE_TASK_HANDOFF(FutureTaskHandoff.class),
  FUTURE_TASK_RACY_PEEK(FutureTaskRacyPeek.class);

  private final Class<?> mainClass;
  private final String run;
  private final String agentOptions;
  private ExpectedRun expected;

  SampleCatalog(Class<?> mainClass) {
    this(mainClass, "", "");
  }

  SampleCatalog(Class<?> mainClass, String run, String agentOptions) {
    this.mainClass = mainClass;
    this.run = run;
    this.agentOptions = agentOptions;
  }

  /** The sample of this name, if there is one. */
  public static Optional<SampleCatalog> named(String name) {
    return Arrays.stream(values()).filter(s -> s.sampleName().equals(name)).findFirst();
  }

  /**
   * The sample's name, also the name of its report file: its main class's simple name, or for a
   * second run of the same program with other options, that name, a dash and the run's name.
   */
  public String sampleName() {
    return mainClass.getSimpleName() + (run.isEmpty() ? "" : "-" + run);
  }

  public Class<?> mainClass() {
    return mainClass;
  }

  /** The run's name in the source's {@code run=} arguments; empty for the plain run. */
  public String run() {
    return run;
  }

  /** Agent options besides {@code report}, as {@code key=value,...}; empty for the defaults. */
  public String agentOptions() {
    return agentOptions;
  }

  /** What the report of this sample's run must show, as its source says. */
  public synchronized ExpectedRun expected() {
    if (expected == null) {
      expected = ExpectedRun.of(mainClass.getName(), run);
    }
    return expected;
  }

  /**
   * True when the program ends by itself (run plainly, without the agent); false for the deadlock
   * demos, which hang unless {@code onDeadlock=exit} ends them.
   */
  public boolean endsByItself() {
    return expected().exitCode() == 0;
  }
}
