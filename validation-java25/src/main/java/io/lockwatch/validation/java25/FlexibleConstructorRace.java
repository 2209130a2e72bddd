package io.lockwatch.validation.java25;

/**
 * A race inside a flexible constructor body (JEP 513, Java 25): {@code Square}'s constructor checks
 * its side against a shared, mutable limit before it calls {@code super(...)}, while another thread
 * raises the limit without a lock.
 *
 * <p>Lockwatch should report exactly one unguarded field, {@code
 * FlexibleConstructorRace$Limits.max}: the tuner's write, and the builder's read in the
 * constructor's prologue, before {@code super}.
 */
public final class FlexibleConstructorRace {
  // @expect:race(field=FlexibleConstructorRace$Limits.max,observed=true)
  // @expect:option(races=on) @expect:summary(fieldAccesses>=2)

  /** Shared by both threads, guarded by nothing. */
  static final class Limits {
    int max = 100;
  }

  static final Limits LIMITS = new Limits();

  /** A shape with a label, set by its constructor. */
  static class Shape {
    final String label;

    Shape(String label) {
      this.label = label;
    }
  }

  /** Checks its side against the shared limit before {@code super(...)}. */
  static final class Square extends Shape {
    final int side;

    Square(int side) {
      if (side > LIMITS.max) { // @expect:race-read(thread=builder,locks=none)
        throw new IllegalArgumentException("side " + side + " over the limit");
      }
      this.side = side;
      super("square of " + side);
    }
  }

  private FlexibleConstructorRace() {}

  public static void main(String[] args) throws InterruptedException {
    Square[] built = new Square[1];
    Thread tuner =
        new Thread(() -> LIMITS.max = 200, "tuner"); // @expect:race-write(thread=tuner,locks=none)
    Thread builder = new Thread(() -> built[0] = new Square(50), "builder");
    tuner.start();
    builder.start();
    tuner.join();
    builder.join();
    System.out.println("FlexibleConstructorRace: done, " + built[0].label);
  }
}
