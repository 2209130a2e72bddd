package io.lockwatch.samples.races;

import java.util.Arrays;

/**
 * {@link ArraySlices} with an off-by-one: each of two workers scales its half of a shared array,
 * but the loop runs to its half's end inclusive ({@code i <= to}), so the first worker also scales
 * the first element of the second half, the one element both threads write. The array is one field
 * and thousands of elements; only that element is shared.
 *
 * <p>Lockwatch should report the array, {@code OverlappingSlices$Signal.samples[]}, with the index
 * of the element that raced: {@value #HALF}.
 */
public final class OverlappingSlices {
  // @expect:race(field=OverlappingSlices$Signal.samples[],observed=true,index=4000)
  // @expect:option(races=on)
  // @expect:summary(fieldAccesses>=8000)
  static final int HALF = 4_000;

  /** A signal of {@code 2 * HALF} samples. */
  static final class Signal {
    final double[] samples = new double[2 * HALF];

    void scale(int from, int to, double factor) {
      for (int i = from; i <= to; i++) { // off by one: "to" is the next half's first sample
        samples[i] *= factor; // @expect:race-access(thread=scaler-*,locks=none)
      }
    }
  }

  private OverlappingSlices() {}

  public static void main(String[] args) throws InterruptedException {
    Signal signal = new Signal();
    Arrays.fill(signal.samples, 1.0);
    Thread first = new Thread(() -> signal.scale(0, HALF, 2.0), "scaler-1");
    Thread second = new Thread(() -> signal.scale(HALF, 2 * HALF - 1, 3.0), "scaler-2");
    first.start();
    second.start();
    first.join();
    second.join();
    System.out.println("OverlappingSlices: done, the shared sample is " + signal.samples[HALF]);
  }
}
