package io.lockwatch.samples.contracts;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Atomics used as the JDK documents them: a job's result is published by {@code ready.set(true)}
 * and read after {@code ready.get()} saw it; a slot of an {@code AtomicIntegerArray} hands over the
 * task written before its {@code set}; a {@code LongAdder}'s {@code sum} sees what its adders did
 * before adding; and an application's subclass of {@code AtomicLong} hands a ticket over with its
 * own {@code compareAndSet}.
 *
 * <p>Lockwatch should find nothing; its racy twin is {@link RacyAtomicHandoffs}.
 */
public final class AtomicHandoffs {
  // @expect:none
  // @expect:option(races=on)
  // @expect:summary(fieldAccesses>=4)
  // @expect:twin(target=RacyAtomicHandoffs)

  /** A sequence of the application's own, built on AtomicLong. */
  static final class Sequence extends AtomicLong {
    boolean advance(long from) {
      return compareAndSet(from, from + 1);
    }
  }

  /** Plain results, handed over by the atomics. */
  static final class Results {
    int job;
    int task;
    int counted;
    int ticket;
  }

  private AtomicHandoffs() {}

  public static void main(String[] args) throws InterruptedException {
    AtomicBoolean ready = new AtomicBoolean();
    AtomicIntegerArray slots = new AtomicIntegerArray(4);
    LongAdder adds = new LongAdder();
    Sequence sequence = new Sequence();
    Results results = new Results();
    int[] seen = new int[4];
    Thread producer =
        new Thread(
            () -> {
              results.job = 42; // @site:job
              ready.set(true);
              results.task = 7;
              slots.set(2, 1);
              results.counted = 3;
              adds.increment();
              results.ticket = 9;
              sequence.advance(0);
            },
            "producer");
    Thread consumer =
        new Thread(
            () -> {
              while (!ready.get()) {
                Thread.onSpinWait();
              }
              seen[0] = results.job; // @site:read-job
              while (slots.get(2) == 0) {
                Thread.onSpinWait();
              }
              seen[1] = results.task;
              while (adds.sum() == 0) {
                Thread.onSpinWait();
              }
              seen[2] = results.counted;
              while (!sequence.advance(1)) {
                Thread.onSpinWait();
              }
              seen[3] = results.ticket;
            },
            "consumer");
    producer.start();
    consumer.start();
    producer.join();
    consumer.join();
    System.out.println(
        "AtomicHandoffs: done, saw " + seen[0] + " " + seen[1] + " " + seen[2] + " " + seen[3]);
  }
}
