package io.lockwatch.samples.jdk;

/**
 * A {@code StringBuilder} shared by two threads that append to it without a lock. {@code
 * StringBuilder} is the unsynchronized {@code StringBuffer}: appends that overlap can lose text or
 * throw {@code ArrayIndexOutOfBoundsException}.
 *
 * <p>Lockwatch should report exactly one unguarded field, the builder's state, between the two
 * appends. The fix is {@link SharedStringBuilderGuarded}.
 */
public final class SharedStringBuilder {
  // @expect:race(field="SharedStringBuilder.TRACE (java.lang.StringBuilder)",observed=true)
  // @expect:option(jdk=on)
  // @expect:summary(fieldAccesses>=2)
  static final StringBuilder TRACE = new StringBuilder();

  private SharedStringBuilder() {}

  public static void main(String[] args) throws InterruptedException {
    Thread first = new Thread(() -> TRACE.append("first;"), "first"); // @expect:race-write(
    //     thread=first,locks=none)
    Thread second =
        new Thread(
            () -> {
              Threads.pause(20);
              TRACE.append("second;"); // @expect:race-write(thread=second,locks=none)
            },
            "second");
    Threads.runTogether(first, second);
    System.out.println("SharedStringBuilder: done, trace " + TRACE);
  }
}
