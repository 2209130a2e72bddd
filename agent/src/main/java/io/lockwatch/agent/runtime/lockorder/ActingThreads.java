package io.lockwatch.agent.runtime.lockorder;

/**
 * The id under which the calling thread's lock-order facts are recorded: its thread id, or one id
 * per test it runs (tests count as threads of their own, see {@code runtime.tests}). Asked on the
 * slow path only, when a thread takes a chain it has not taken before.
 */
public interface ActingThreads {
  /** Every thread acts as itself. */
  ActingThreads REAL = threadId -> threadId;

  /** The acting id of the calling thread, whose thread id is {@code threadId}. */
  long idOf(long threadId);
}
