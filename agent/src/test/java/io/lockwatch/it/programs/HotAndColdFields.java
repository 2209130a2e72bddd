package io.lockwatch.it.programs;

/**
 * Two threads run a hot loop (10^6 iterations) over three fields: {@code guarded}, always under a
 * common lock, {@code racyHot}, incremented with no lock at all, and, once at the start of each
 * thread, {@code racyCold}, written with no lock. With {@code guarded} the program is correct; the
 * other two race (the argument {@code correct} leaves them out).
 */
public final class HotAndColdFields {
  private static final Object LOCK = new Object();
  private static long guarded;
  private static long racyHot;
  private static long racyCold;

  private HotAndColdFields() {}

  public static void main(String[] args) throws InterruptedException {
    boolean racy = args.length == 0 || !args[0].equals("correct");
    Runnable work =
        () -> {
          if (racy) {
            racyCold = Thread.currentThread().getId();
          }
          for (int i = 0; i < 1_000_000; i++) {
            synchronized (LOCK) {
              guarded++;
            }
            if (racy) {
              racyHot++;
            }
          }
        };
    Thread first = new Thread(work, "first");
    Thread second = new Thread(work, "second");
    first.start();
    second.start();
    first.join();
    second.join();
    System.out.println("guarded " + guarded);
  }
}
