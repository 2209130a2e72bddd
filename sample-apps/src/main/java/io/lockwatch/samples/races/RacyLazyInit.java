package io.lockwatch.samples.races;

import static io.lockwatch.samples.SampleThreads.runTogether;

import java.util.ArrayList;
import java.util.List;

/**
 * Double-checked locking without {@code volatile}: the first check of {@code instance} reads it
 * with no lock, so nothing orders it with the write made under the lock by another thread. (The
 * configuration's own fields are {@code final}, so only the reference itself races here; with plain
 * fields, a reader could also see a half-built object.) The fix is {@code volatile}, or the
 * holder-class idiom.
 *
 * <p>Lockwatch should report exactly one unguarded field, {@code RacyLazyInit.instance}, {@code
 * observedRace} true, between the write under the lock and the unlocked first check.
 */
public final class RacyLazyInit {
  // @expect:race(field=RacyLazyInit.instance,observed=true)
  // @expect:option(races=on)
  // @expect:summary(acquisitions>=1)
  static final Object LOCK = new Object();
  static final int CALLERS = 3;

  /** An expensive, immutable configuration. */
  static final class Config {
    final String name;

    Config(String name) {
      this.name = name;
    }
  }

  private static Config instance; // should be volatile

  private RacyLazyInit() {}

  static Config config() {
    if (instance == null) { // @expect:race-read(locks=none)
      synchronized (LOCK) { // @site:lock
        if (instance == null) { // @site:second-check
          String loader = Thread.currentThread().getName();
          instance = new Config("loaded by " + loader); // @expect:race-write(locks=LOCK)
        }
      }
    }
    return instance; // @expect:race-read(locks=none)
  }

  /** What one caller got; its own, read by main after join(). */
  static final class Seen {
    Config config;
  }

  public static void main(String[] args) throws InterruptedException {
    List<Thread> callers = new ArrayList<>();
    List<Seen> seen = new ArrayList<>();
    for (int i = 1; i <= CALLERS; i++) {
      Seen mine = new Seen();
      seen.add(mine);
      callers.add(new Thread(() -> mine.config = config(), "caller-" + i));
    }
    runTogether(callers);
    long distinct = seen.stream().map(s -> s.config).distinct().count();
    System.out.println(
        "RacyLazyInit: done, "
            + config().name
            + (distinct == 1 ? ", one instance" : ", " + distinct + " instances"));
  }
}
