package io.lockwatch.validation.java25;

import java.util.ArrayList;
import java.util.List;

/**
 * A flexible constructor body (JEP 513, Java 25): {@code Square}'s constructor checks its argument
 * and stores its own field before it calls {@code super(...)}. Two threads build squares and add
 * them to a list under one lock; {@code main} reads the list after {@code join}.
 *
 * <p>Lockwatch must instrument such a constructor without breaking it and should report nothing.
 * An agent that hooks the field store before {@code super(...)} as it would after it hands the
 * unfinished {@code this} to a method: a {@code VerifyError} in each builder thread, no square
 * built (review H3; the instrumentation's fix makes this target pass).
 */
public final class FlexibleConstructorBody {
  // @expect:none @expect:summary(acquisitions>=2,fieldAccesses>=1)
  // @expect:stdout(contains="6 squares, area 28")

  /** A shape with a label, set by its constructor. */
  static class Shape {
    final String label;

    Shape(String label) {
      this.label = label;
    }
  }

  /** Stores its side before {@code super(...)}: the field is set while the object is unfinished. */
  static final class Square extends Shape {
    int side;

    Square(int side) {
      if (side < 0) {
        throw new IllegalArgumentException("negative side " + side);
      }
      this.side = side; // a field stored before super(): allowed since Java 25
      super("square of " + side);
    }
  }

  private static final Object LOCK = new Object();

  private FlexibleConstructorBody() {}

  public static void main(String[] args) throws InterruptedException {
    List<Square> made = new ArrayList<>();
    Runnable builder =
        () -> {
          for (int i = 1; i <= 3; i++) {
            Square square = new Square(i);
            synchronized (LOCK) {
              made.add(square);
            }
          }
        };
    Thread one = new Thread(builder, "builder-1");
    Thread two = new Thread(builder, "builder-2");
    one.start();
    two.start();
    one.join();
    two.join();
    int area = 0;
    for (Square square : made) {
      area += square.side * square.side;
    }
    System.out.println("FlexibleConstructorBody: done, " + made.size() + " squares, area " + area);
  }
}
