package io.lockwatch.validation.java25;

/**
 * Accounts as a sealed interface of records, and a transfer that picks its locking by a
 * pattern-matching {@code switch}: a savings account is locked before its target, a checking
 * account too, so a transfer savings to checking and one checking to savings take the two records'
 * monitors in opposite orders. The two tellers run one after the other, so it never deadlocks.
 *
 * <p>Lockwatch should report one lock-order cycle through the two records' monitors, its edges at
 * the lines inside the switch arms.
 */
public final class SealedSwitchCycle {
  // @expect:cycle(kind=deadlock,severity=high,lockKind=monitor,
  //     lockType=io.lockwatch.validation.java25.SealedSwitchCycle$)
  // @expect:summary(acquisitions>=4)

  /** An account: one of two kinds, nothing else. */
  sealed interface Account permits Savings, Checking {}

  /** A savings account; its record is its lock. */
  record Savings(String owner) implements Account {}

  /** A checking account; its record is its lock. */
  record Checking(String owner) implements Account {}

  private static int transfers;

  private SealedSwitchCycle() {}

  public static void main(String[] args) throws InterruptedException {
    Savings savings = new Savings("ada");
    Checking checking = new Checking("ada");
    runAlone("saver", () -> transfer(savings, checking));
    runAlone("spender", () -> transfer(checking, savings));
    System.out.println("SealedSwitchCycle: done, " + transfers + " transfers");
  }

  /** Locks the source account, then the target: the order depends on the call. */
  static void transfer(Account from, Account to) {
    switch (from) {
      case Savings savings -> {
        synchronized (savings) { // @expect:cycle-held(thread=saver)
          synchronized (to) { // @expect:cycle-acquired(thread=saver,mode=exclusive)
            transfers++;
          }
        }
      }
      case Checking checking -> {
        synchronized (checking) { // @expect:cycle-held(thread=spender)
          synchronized (to) { // @expect:cycle-acquired(thread=spender,mode=exclusive)
            transfers++;
          }
        }
      }
    }
  }

  private static void runAlone(String name, Runnable work) throws InterruptedException {
    Thread thread = new Thread(work, name);
    thread.start();
    thread.join();
  }
}
