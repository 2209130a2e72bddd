package io.lockwatch.samples.contracts;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * The racy twin of {@link HandleHandoffs}: the reader waits for the flag of <em>another</em> node
 * than the one whose payload it reads. One {@code VarHandle} serves every node, but it orders only
 * the node it touches.
 *
 * <p>Lockwatch should report the payload, between the marked accesses.
 */
public final class RacyHandleHandoffs {
  // @expect:race(field=RacyHandleHandoffs$Node.payload,observed=true)
  // @expect:option(races=on)
  // @expect:summary(fieldAccesses>=2)

  /** A node of a lock-free structure. */
  static final class Node {
    int payload;
    int ready;
  }

  private static final VarHandle READY;

  static {
    try {
      READY = MethodHandles.lookup().findVarHandle(Node.class, "ready", int.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private RacyHandleHandoffs() {}

  public static void main(String[] args) throws InterruptedException {
    Node first = new Node();
    Node second = new Node();
    READY.setRelease(second, 1); // main sets it before starting anyone
    int[] seen = new int[1];
    Thread writer =
        new Thread(
            () -> {
              first.payload = 11; // @expect:race-write(thread=writer)
              READY.setRelease(first, 1);
            },
            "writer");
    Thread reader =
        new Thread(
            () -> {
              while ((int) READY.getAcquire(second) == 0) {
                Thread.onSpinWait();
              }
              seen[0] = first.payload; // @expect:race-read(thread=reader)
            },
            "reader");
    writer.start();
    reader.start();
    writer.join();
    reader.join();
    System.out.println("RacyHandleHandoffs: done, saw " + seen[0]);
  }
}
