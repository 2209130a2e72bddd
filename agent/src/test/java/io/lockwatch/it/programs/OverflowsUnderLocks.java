package io.lockwatch.it.programs;

/**
 * Recurses through a synchronized method until the stack overflows (hooks run at the deepest
 * frames, so the error can strike inside the agent's work), catches the error, and then takes two
 * locks in one order while another thread takes them in the other: the thread that overflowed must
 * still be watched, so the report holds the cycle.
 */
public final class OverflowsUnderLocks {
  static final Object FIRST = new Object();
  static final Object SECOND = new Object();
  private int depth;

  private synchronized void recurse() {
    depth++;
    recurse();
  }

  public static void main(String[] args) throws InterruptedException {
    OverflowsUnderLocks deep = new OverflowsUnderLocks();
    for (int round = 0; round < 3; round++) {
      try {
        deep.recurse();
      } catch (StackOverflowError expected) {
        System.out.println("overflowed " + (deep.depth > 0));
      }
    }
    synchronized (FIRST) {
      synchronized (SECOND) {
        System.out.println("first then second");
      }
    }
    Thread other =
        new Thread(
            () -> {
              synchronized (SECOND) {
                synchronized (FIRST) {
                  System.out.println("second then first");
                }
              }
            });
    other.start();
    other.join();
  }
}
