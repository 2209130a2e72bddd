package io.lockwatch.it.programs;

/** Hot synchronized blocks, nested and with exceptions, for the JIT to compile. */
public final class MonitorsEverywhere {
  private static final Object A = new Object();
  private static final Object B = new Object();
  private static long counter;

  public static void main(String[] args) {
    for (int i = 0; i < 200_000; i++) {
      step(i);
    }
    System.out.println("counted " + (counter > 0));
  }

  private static void step(int i) {
    synchronized (A) {
      synchronized (B) {
        counter++;
      }
      try {
        synchronized (B) {
          if ((i & 1023) == 0) {
            throw new IllegalStateException("sometimes");
          }
          counter--;
        }
      } catch (IllegalStateException expected) {
        counter += 2;
      }
    }
  }
}
