package io.lockwatch.samples.primitives;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * {@link NestedMonitorLockout} with {@code java.util.concurrent} locks: the {@code customer} locks
 * the {@code counter}, then the {@code slot} lock, and awaits the slot's {@link Condition}. {@code
 * await} releases the slot lock only; the counter stays locked, and the {@code postman}, who needs
 * the counter to put the letter in and signal, blocks. The customer awaits with a timeout, so the
 * program ends. The customer and the postman come as in {@link NestedMonitorLockout}.
 *
 * <p>Lockwatch should report exactly one wait hazard: {@code waitKind} {@code Condition.await},
 * {@code severity} {@code medium} (the wait is timed), thread {@code customer}, {@code lockHeld}
 * naming the counter lock, {@code heldAt} and {@code waitSite} at the marked lines.
 */
public final class NestedConditionLockout {
  // @expect:hazard(kind=Condition.await,severity=medium,thread=customer,lockHeld=counter)
  // @expect:stdout(contains="gave up (locked out)")
  // @expect:summary(acquisitions>=1)

  /** A post office where collecting a letter keeps the counter locked while awaiting. */
  static final class PostOffice implements NestedMonitorLockout.Office {
    private final ReentrantLock counter = new ReentrantLock();
    private final ReentrantLock slot = new ReentrantLock();
    private final Condition letterArrived = slot.newCondition();
    private String letter; // guarded by slot
    private volatile boolean customerWaiting;

    @Override
    public String collect(long patienceMillis) throws InterruptedException {
      counter.lock(); // @expect:hazard-held
      try {
        slot.lock(); // @site:inner
        try {
          long nanos = TimeUnit.MILLISECONDS.toNanos(patienceMillis);
          customerWaiting = true;
          while (letter == null) {
            if (nanos <= 0) {
              return null;
            }
            nanos = letterArrived.awaitNanos(nanos); // @expect:hazard-wait
          }
          return letter;
        } finally {
          slot.unlock();
        }
      } finally {
        counter.unlock();
      }
    }

    @Override
    public void deliver(String text) {
      counter.lock(); // @site:deliver-outer
      try {
        slot.lock(); // @site:deliver-inner
        try {
          letter = text;
          letterArrived.signalAll();
        } finally {
          slot.unlock();
        }
      } finally {
        counter.unlock();
      }
    }

    @Override
    public boolean customerWaiting() {
      return customerWaiting;
    }

    @Override
    public String letter() {
      slot.lock();
      try {
        return letter;
      } finally {
        slot.unlock();
      }
    }
  }

  private NestedConditionLockout() {}

  public static void main(String[] args) throws InterruptedException {
    System.out.println(
        "NestedConditionLockout: done, the customer "
            + NestedMonitorLockout.visit(new PostOffice()));
  }
}
