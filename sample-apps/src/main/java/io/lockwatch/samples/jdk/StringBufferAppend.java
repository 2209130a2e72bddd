package io.lockwatch.samples.jdk;

/**
 * A cycle through a {@code StringBuffer}'s monitor: {@code append(Object)} calls the object's
 * {@code toString()} while holding the buffer's monitor, and this account's {@code toString} takes
 * the account's monitor; a teller holds the account's monitor while it appends to the same buffer.
 * Run at the same time, each can hold its first lock and wait forever for the other's.
 *
 * <p>Lockwatch should report exactly one lock-order cycle: the logger's edge from the {@code
 * append} call to {@code toString}, the teller's at its lines. The fix is {@link
 * StringBufferFormattedFirst}.
 */
public final class StringBufferAppend {
  // @expect:cycle(kind=deadlock,severity=high,lockKind=monitor)
  // @expect:option(jdk=on)
  // @expect:summary(acquisitions>=4,edges>=2)
  static final StringBuffer LOG = new StringBuffer();

  /** An account whose state is guarded by its own monitor. */
  static final class Account {
    private int balance;

    synchronized void deposit(int amount) {
      balance += amount;
    }

    @Override
    public String toString() {
      synchronized (this) { // @expect:cycle-acquired(thread=logger,lock=Account)
        return "account with " + balance;
      }
    }
  }

  static final Account ACCOUNT = new Account();

  private StringBufferAppend() {}

  public static void main(String[] args) throws InterruptedException {
    Threads.runAlone("logger", () -> LOG.append(ACCOUNT)); // @expect:cycle-held(thread=logger)
    Threads.runAlone("teller", StringBufferAppend::deposit);
    System.out.println("StringBufferAppend: done, log " + LOG.length() + " characters");
  }

  private static void deposit() {
    synchronized (ACCOUNT) { // @expect:cycle-held(thread=teller,lock=Account)
      ACCOUNT.deposit(10);
      LOG.append("deposit 10; "); // @expect:cycle-acquired(thread=teller,lock=StringBuffer)
    }
  }
}
