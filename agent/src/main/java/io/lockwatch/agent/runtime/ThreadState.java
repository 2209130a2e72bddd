package io.lockwatch.agent.runtime;

/**
 * Everything the agent keeps per application thread: its held locks, the chains it has already
 * validated, and a flag that stops the agent from re-entering itself.
 */
public final class ThreadState {
  private static final ThreadLocal<ThreadState> CURRENT = ThreadLocal.withInitial(ThreadState::new);

  final HeldLocks held = new HeldLocks();
  final LongSet validatedChains = new LongSet(1 << 16);
  final long threadId;
  boolean busy;

  private ThreadState() {
    threadId = Thread.currentThread().getId();
  }

  /** The calling thread's state. */
  public static ThreadState current() {
    return CURRENT.get();
  }
}
