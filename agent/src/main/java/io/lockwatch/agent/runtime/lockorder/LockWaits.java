package io.lockwatch.agent.runtime.lockorder;

import io.lockwatch.bridge.EventSink;

/**
 * How an acquisition waits, as a byte beside the bridge's modes: blocking, timed and try come from
 * the call; {@link #FIRST} is the first acquisition of a lock object ever, which cannot block.
 */
public final class LockWaits {
  /** Waits as long as it takes. */
  public static final byte BLOCKING = EventSink.MODE_BLOCKING;

  /** {@code tryLock()}: never waits. */
  public static final byte TRY = EventSink.MODE_TRY;

  /** {@code tryLock(timeout)}: waits up to a timeout. */
  public static final byte TIMED = EventSink.MODE_TIMED;

  /** The first acquisition of the lock ever: nobody could hold it, so it could not block. */
  public static final byte FIRST = 3;

  private LockWaits() {}
}
