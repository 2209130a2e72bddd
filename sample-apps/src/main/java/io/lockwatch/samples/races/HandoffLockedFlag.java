package io.lockwatch.samples.races;

import static io.lockwatch.samples.SampleThreads.runTogether;

/**
 * Handing a mutable object over with a flag guarded by a lock: the producer fills the parcel's
 * plain fields <em>outside</em> the lock, then sets {@code ready} while holding it; the receiver
 * checks {@code ready} under the same lock until it is set, then reads the parcel outside the lock.
 * Releasing the lock after setting the flag happens before acquiring it and seeing the flag, so the
 * parcel's fields are ordered though no lock is held when they are accessed.
 *
 * <p>A pure lockset tool flags the parcel's fields (never accessed under a lock). Lockwatch's
 * default mode follows happens-before and should find nothing in any section; it should count the
 * lock's acquisitions.
 */
public final class HandoffLockedFlag {
  // @expect:none
  // @expect:option(races=on)
  // @expect:summary(fieldsTracked>=2,fieldAccesses>=2,acquisitions>=2)
  // @expect:twin(target=RacyHandoffLatch)

  /** The parcel: plain fields, no lock of its own. */
  static final class Parcel {
    String contents;
    double weight;
  }

  /** The hand-off point: {@code ready} and {@code parcel} are guarded by {@code lock}. */
  static final class Counter {
    private final Object lock = new Object();
    private boolean ready;
    private Parcel parcel;

    void handOver(Parcel p) {
      synchronized (lock) { // @site:set-flag
        parcel = p;
        ready = true;
      }
    }

    Parcel awaitParcel() {
      while (true) {
        synchronized (lock) { // @site:check-flag
          if (ready) {
            return parcel;
          }
        }
        Thread.onSpinWait();
      }
    }
  }

  /** What the receiver saw; its own, read by main after join(). */
  static final class Seen {
    String description;
  }

  private HandoffLockedFlag() {}

  public static void main(String[] args) throws InterruptedException {
    Counter counter = new Counter();
    Seen seen = new Seen();
    Thread producer =
        new Thread(
            () -> {
              Parcel parcel = new Parcel();
              parcel.contents = "books"; // @site:fill-contents
              parcel.weight = 2.5; // @site:fill-weight
              counter.handOver(parcel);
            },
            "producer");
    Thread receiver =
        new Thread(
            () -> {
              Parcel parcel = counter.awaitParcel();
              seen.description = parcel.contents + " (" + parcel.weight + " kg)"; // @site:read
            },
            "receiver");
    runTogether(receiver, producer);
    System.out.println("HandoffLockedFlag: done, received " + seen.description);
  }
}
