package io.lockwatch.samples.jdk;

/**
 * The fix for {@link StringBufferAppend}: the logger turns the account into text first and appends
 * the text, so the buffer's monitor is never held while waiting for the account's. The teller still
 * appends while holding the account's monitor: one order, no cycle.
 *
 * <p>Lockwatch should find nothing.
 */
public final class StringBufferFormattedFirst {
  // @expect:none
  // @expect:option(jdk=on)
  // @expect:summary(acquisitions>=4,edges>=1)
  static final StringBuffer LOG = new StringBuffer();

  /** An account whose state is guarded by its own monitor. */
  static final class Account {
    private int balance;

    synchronized void deposit(int amount) {
      balance += amount;
    }

    @Override
    public String toString() {
      synchronized (this) {
        return "account with " + balance;
      }
    }
  }

  static final Account ACCOUNT = new Account();

  private StringBufferFormattedFirst() {}

  public static void main(String[] args) throws InterruptedException {
    Threads.runAlone("logger", StringBufferFormattedFirst::log);
    Threads.runAlone("teller", StringBufferFormattedFirst::deposit);
    System.out.println("StringBufferFormattedFirst: done, log " + LOG.length() + " characters");
  }

  private static void log() {
    String text = ACCOUNT.toString();
    LOG.append(text);
  }

  private static void deposit() {
    synchronized (ACCOUNT) {
      ACCOUNT.deposit(10);
      LOG.append("deposit 10; ");
    }
  }
}
