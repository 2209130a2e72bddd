package io.lockwatch.samples.it;

/**
 * Two halves of one inversion, as two tests that run in two JVMs might take them: {@code forward}
 * takes the desk lock then the till lock, {@code backward} the till then the desk. Arguments:
 * {@code forward} or {@code backward} (one half alone: no cycle in that JVM), {@code both} (both
 * halves at once in two threads, the second 300 ms later, so a plain run never deadlocks) or {@code
 * both-joined} (the second half starts only after the first was joined: it never can).
 */
public final class SplitInversion {
  private static final Object DESK = new Object();
  private static final Object TILL = new Object();
  private static int served;

  private SplitInversion() {}

  public static void main(String[] args) throws InterruptedException {
    Thread forward = new Thread(SplitInversion::deskThenTill, "clerk");
    Thread backward =
        new Thread(
            () -> {
              pause();
              tillThenDesk();
            },
            "cashier");
    switch (args[0]) {
      case "forward" -> run(forward);
      case "backward" -> run(backward);
      case "both" -> {
        forward.start();
        backward.start();
        forward.join();
        backward.join();
      }
      case "both-joined" -> {
        run(forward);
        run(backward);
      }
      default -> throw new IllegalArgumentException(args[0]);
    }
    System.out.println("served " + served);
  }

  private static void deskThenTill() {
    synchronized (DESK) {
      synchronized (TILL) {
        served++;
      }
    }
  }

  private static void tillThenDesk() {
    synchronized (TILL) {
      synchronized (DESK) {
        served++;
      }
    }
  }

  private static void run(Thread thread) throws InterruptedException {
    thread.start();
    thread.join();
  }

  private static void pause() {
    try {
      Thread.sleep(300);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
