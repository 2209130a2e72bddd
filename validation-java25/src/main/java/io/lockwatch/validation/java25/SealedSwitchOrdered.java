package io.lockwatch.validation.java25;

/**
 * The fix for {@link SealedSwitchCycle}: the pattern-matching {@code switch} puts the savings
 * account first whichever way the money goes, so both transfers take the monitors in one order.
 *
 * <p>Lockwatch should see the nested acquisitions and report nothing.
 */
public final class SealedSwitchOrdered {
  // @expect:none @expect:summary(acquisitions>=4,edges>=1,cyclesFound=0)

  /** An account: one of two kinds, nothing else. */
  sealed interface Account permits Savings, Checking {}

  /** A savings account; its record is its lock, always taken first. */
  record Savings(String owner) implements Account {}

  /** A checking account; its record is its lock, always taken second. */
  record Checking(String owner) implements Account {}

  private static int transfers;

  private SealedSwitchOrdered() {}

  public static void main(String[] args) throws InterruptedException {
    Savings savings = new Savings("ada");
    Checking checking = new Checking("ada");
    runAlone("saver", () -> transfer(savings, checking));
    runAlone("spender", () -> transfer(checking, savings));
    System.out.println("SealedSwitchOrdered: done, " + transfers + " transfers");
  }

  /** Locks savings before checking, whichever is the source. */
  static void transfer(Account from, Account to) {
    switch (from) {
      case Savings savings when to instanceof Checking checking -> lockBoth(savings, checking);
      case Checking checking when to instanceof Savings savings -> lockBoth(savings, checking);
      default -> throw new IllegalArgumentException("same kind: " + from + ", " + to);
    }
  }

  private static void lockBoth(Savings first, Checking second) {
    synchronized (first) {
      synchronized (second) {
        transfers++;
      }
    }
  }

  private static void runAlone(String name, Runnable work) throws InterruptedException {
    Thread thread = new Thread(work, name);
    thread.start();
    thread.join();
  }
}
