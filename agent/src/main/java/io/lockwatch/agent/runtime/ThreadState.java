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
  final Thread thread;
  boolean busy;

  /** What the thread is blocked in, for the watchdog: the object and the {@code SyncOp}. */
  volatile Object waitingFor;

  volatile int waitingOp;

  private ThreadState() {
    thread = Thread.currentThread();
    threadId = thread.getId();
    ThreadRegistry.register(this);
  }

  /** The calling thread's state. */
  public static ThreadState current() {
    return CURRENT.get();
  }

  public Thread thread() {
    return thread;
  }

  public long threadId() {
    return threadId;
  }

  public Object waitingFor() {
    return waitingFor;
  }

  public int waitingOp() {
    return waitingOp;
  }

  /**
   * The lock nodes this thread holds, read from another thread (the watchdog): a racy but safe
   * snapshot, good enough for a detector that confirms what it sees twice.
   */
  public LockNode[] heldNodesSnapshot() {
    HeldLocks h = held;
    int n = Math.min(h.depth, h.nodes.length);
    LockNode[] nodes = new LockNode[n];
    int count = 0;
    for (int i = 0; i < n; i++) {
      LockNode node = h.nodes[i];
      if (node != null) {
        nodes[count++] = node;
      }
    }
    return java.util.Arrays.copyOf(nodes, count);
  }
}
