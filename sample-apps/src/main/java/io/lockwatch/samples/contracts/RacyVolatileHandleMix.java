package io.lockwatch.samples.contracts;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.lang.reflect.Field;
import java.util.concurrent.atomic.AtomicIntegerFieldUpdater;
import java.util.concurrent.atomic.AtomicReferenceFieldUpdater;
import sun.misc.Unsafe;

/**
 * The broken twin of {@link VolatileHandleMix}: each publisher writes what it publishes after the
 * volatile write or the handle's call that was to publish it, so a consumer that saw the flag may
 * read the old value. Otherwise the same code.
 *
 * <p>Lockwatch should report the five fields, each written after its publication.
 *
 * <p>What it copies: lock-free code that publishes through a volatile field on one side and reads
 * it the other way on the other, as most lock-free libraries do: a field updater's {@code
 * compareAndSet} seen by a plain volatile read, a plain volatile write seen by a {@code
 * VarHandle}'s {@code getAcquire}, an updater's {@code lazySet} seen by a volatile read, and a
 * static field's handle ({@code findStaticVarHandle}) seen by a volatile read. Each pair touches
 * the same volatile field, so the write happens before the read that sees it. 4 publishers publish
 * 1,000 nodes, 4 consumers read every node.
 */
public final class RacyVolatileHandleMix {
  // @expect:race(field=RacyVolatileHandleMix$Node.viaUpdater,observed=true)
  // @expect:race(field=RacyVolatileHandleMix$Node.viaHandle,observed=true)
  // @expect:race(field=RacyVolatileHandleMix$Node.viaLazySet,observed=true)
  // @expect:race(field=RacyVolatileHandleMix.config,observed=true)
  // @expect:race(field=RacyVolatileHandleMix$Node.viaUnsafe,observed=true)
  // @expect:option(races=on)
  // @expect:summary(fieldAccesses>=10000)
  static final int NODES = 1_000;
  static final int THREADS = 4;

  /** A node, published one of three ways by its index. */
  static final class Node {
    int viaUpdater;
    int viaHandle;
    int viaLazySet;
    int viaUnsafe;
    volatile int state;
    volatile boolean flag;
    volatile Node next;
    volatile int ticket;
  }

  private static final AtomicIntegerFieldUpdater<Node> STATE =
      AtomicIntegerFieldUpdater.newUpdater(Node.class, "state");
  private static final AtomicReferenceFieldUpdater<Node, Node> NEXT =
      AtomicReferenceFieldUpdater.newUpdater(Node.class, Node.class, "next");
  private static final VarHandle FLAG;
  private static final VarHandle GENERATION;
  private static final Unsafe UNSAFE;
  private static final long TICKET;

  static String config;
  static volatile int generation;

  static {
    try {
      MethodHandles.Lookup lookup = MethodHandles.lookup();
      FLAG = lookup.findVarHandle(Node.class, "flag", boolean.class);
      Field theUnsafe = Unsafe.class.getDeclaredField("theUnsafe");
      theUnsafe.setAccessible(true);
      UNSAFE = (Unsafe) theUnsafe.get(null);
      TICKET = UNSAFE.objectFieldOffset(Node.class.getDeclaredField("ticket"));
      GENERATION = lookup.findStaticVarHandle(RacyVolatileHandleMix.class, "generation", int.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private RacyVolatileHandleMix() {}

  public static void main(String[] args) throws InterruptedException {
    Node[] nodes = new Node[NODES];
    for (int i = 0; i < NODES; i++) {
      nodes[i] = new Node();
    }
    Node end = new Node();
    Thread[] threads = new Thread[2 * THREADS];
    for (int p = 0; p < THREADS; p++) {
      int first = p;
      threads[p] =
          new Thread(
              () -> {
                if (first == 0) {
                  GENERATION.setRelease(2);
                  config = "v2"; // @expect:race-write(field=RacyVolatileHandleMix.config)
                }
                for (int i = first; i < NODES; i += THREADS) {
                  publish(nodes[i], i, end);
                }
              },
              "publisher-" + p);
    }
    long[] sums = new long[THREADS];
    for (int c = 0; c < THREADS; c++) {
      int consumer = c;
      threads[THREADS + c] =
          new Thread(
              () -> {
                while (generation != 2) {
                  Thread.onSpinWait();
                }
                String seen = config; // @expect:race-read(field=RacyVolatileHandleMix.config)
                long sum = seen == null ? 0 : seen.length();
                for (int i = 0; i < NODES; i++) {
                  sum += consume(nodes[i], i);
                }
                sums[consumer] = sum;
              },
              "consumer-" + c);
    }
    for (Thread thread : threads) {
      thread.start();
    }
    for (Thread thread : threads) {
      thread.join();
    }
    System.out.println("RacyVolatileHandleMix: done, sums " + sums[0] + " " + sums[THREADS - 1]);
  }

  private static void publish(Node node, int i, Node end) {
    switch (i % 4) {
      case 0 -> {
        STATE.compareAndSet(node, 0, 1);
        node.viaUpdater = i; // @expect:race-write(field=RacyVolatileHandleMix$Node.viaUpdater)
      }
      case 1 -> {
        node.flag = true;
        node.viaHandle = i; // @expect:race-write(field=RacyVolatileHandleMix$Node.viaHandle)
      }
      case 2 -> {
        NEXT.lazySet(node, end);
        node.viaLazySet = i; // @expect:race-write(field=RacyVolatileHandleMix$Node.viaLazySet)
      }
      default -> {
        UNSAFE.putOrderedInt(node, TICKET, 1);
        node.viaUnsafe = i; // @expect:race-write(field=RacyVolatileHandleMix$Node.viaUnsafe)
      }
    }
  }

  private static int consume(Node node, int i) {
    switch (i % 4) {
      case 0 -> {
        while (node.state == 0) {
          Thread.onSpinWait();
        }
        return node.viaUpdater; // @expect:race-read(field=RacyVolatileHandleMix$Node.viaUpdater)
      }
      case 1 -> {
        while (!(boolean) FLAG.getAcquire(node)) {
          Thread.onSpinWait();
        }
        return node.viaHandle; // @expect:race-read(field=RacyVolatileHandleMix$Node.viaHandle)
      }
      case 2 -> {
        while (node.next == null) {
          Thread.onSpinWait();
        }
        return node.viaLazySet; // @expect:race-read(field=RacyVolatileHandleMix$Node.viaLazySet)
      }
      default -> {
        while (node.ticket == 0) {
          Thread.onSpinWait();
        }
        return node.viaUnsafe; // @expect:race-read(field=RacyVolatileHandleMix$Node.viaUnsafe)
      }
    }
  }
}
