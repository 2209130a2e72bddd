package io.lockwatch.bridge;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * {@code BlockingQueue} hand-offs: each hook replaces the application's call, reports around it,
 * and hands back its result and exceptions unchanged.
 */
public final class QueueHooks {
  private QueueHooks() {}

  /** {@code queue.put(element)}. */
  public static void put(BlockingQueue<Object> queue, Object element, int site)
      throws InterruptedException {
    Hooks.before(queue, SyncOp.QUEUE_PUT, site);
    boolean done = false;
    try {
      queue.put(element);
      done = true;
    } finally {
      Hooks.after(queue, SyncOp.QUEUE_PUT, site, done);
    }
  }

  /** {@code queue.offer(element)}: never blocks, so reported once, before. */
  public static boolean offer(BlockingQueue<Object> queue, Object element, int site) {
    Hooks.action(queue, SyncOp.QUEUE_OFFER, site, element);
    return queue.offer(element);
  }

  /** {@code queue.offer(element, timeout, unit)}: completed when the element was added. */
  public static boolean offer(
      BlockingQueue<Object> queue, Object element, long timeout, TimeUnit unit, int site)
      throws InterruptedException {
    Hooks.before(queue, SyncOp.QUEUE_OFFER, site);
    boolean added = false;
    try {
      added = queue.offer(element, timeout, unit);
      return added;
    } finally {
      Hooks.after(queue, SyncOp.QUEUE_OFFER, site, added);
    }
  }

  /** {@code queue.take()}. */
  public static Object take(BlockingQueue<Object> queue, int site) throws InterruptedException {
    Hooks.before(queue, SyncOp.QUEUE_TAKE, site);
    boolean done = false;
    try {
      Object element = queue.take();
      done = true;
      return element;
    } finally {
      Hooks.after(queue, SyncOp.QUEUE_TAKE, site, done);
    }
  }

  /** {@code queue.poll()}: never blocks, so reported only after; completed when it got one. */
  public static Object poll(BlockingQueue<Object> queue, int site) {
    Object element = queue.poll();
    Hooks.after(queue, SyncOp.QUEUE_POLL, site, element != null);
    return element;
  }

  /** {@code queue.poll(timeout, unit)}: completed when it got an element. */
  public static Object poll(BlockingQueue<Object> queue, long timeout, TimeUnit unit, int site)
      throws InterruptedException {
    Hooks.before(queue, SyncOp.QUEUE_POLL, site);
    Object element = null;
    try {
      element = queue.poll(timeout, unit);
      return element;
    } finally {
      Hooks.after(queue, SyncOp.QUEUE_POLL, site, element != null);
    }
  }
}
