package io.lockwatch.samples.jdk;

/**
 * The fix for {@link SharedStringBuilder}: both appends hold the builder's monitor.
 *
 * <p>Lockwatch should find nothing.
 */
public final class SharedStringBuilderGuarded {
  // @expect:none
  // @expect:option(jdk=on)
  // @expect:summary(fieldsTracked>=1,fieldAccesses>=2)
  // @expect:twin(target=SharedStringBuilder)
  static final StringBuilder TRACE = new StringBuilder();

  private SharedStringBuilderGuarded() {}

  public static void main(String[] args) throws InterruptedException {
    Thread first = new Thread(() -> append("first;"), "first");
    Thread second =
        new Thread(
            () -> {
              Threads.pause(20);
              append("second;");
            },
            "second");
    Threads.runTogether(first, second);
    System.out.println("SharedStringBuilderGuarded: done, trace " + TRACE);
  }

  private static void append(String text) {
    synchronized (TRACE) {
      TRACE.append(text);
    }
  }
}
